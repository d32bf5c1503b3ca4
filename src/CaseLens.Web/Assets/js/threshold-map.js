// The threshold map (Pages/Cases/Intensive/Map): its regions are one radio group, which browsers walk
// in reading order with every arrow key, so that down went one region to the right. On the drawn
// grid up and down mean another level: here they move a row, in the same column; left and right keep
// the browser's own step along the co-operation. Without this script the map still works.
document.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') {
        return;
    }

    var input = event.target;
    var cell = input instanceof HTMLInputElement && input.type === 'radio' ? input.closest('.threshold-map td') : null;
    if (cell === null) {
        return;
    }

    event.preventDefault();
    var row = event.key === 'ArrowUp' ? cell.parentElement.previousElementSibling : cell.parentElement.nextElementSibling;
    var target = row === null ? null : row.cells[cell.cellIndex].querySelector('input[type=radio]');
    if (target !== null) {
        target.checked = true;
        target.focus();
    }
});
