using System.Runtime.InteropServices;

namespace CaseLens.Storage.Sqlite.Native;

/// <summary>
/// The few SQLite calls the bulk paths make per value, straight into the <c>e_sqlite3</c> library
/// that Microsoft.Data.Sqlite has already loaded (<see cref="SqliteStatement"/> uses them only when
/// <c>SQLitePCL.raw</c> reports that library). Going through <c>SQLitePCL.raw</c> costs a provider
/// dispatch and a handle reference count per call, and it always asks SQLite to copy text.
/// </summary>
internal static unsafe partial class SqliteNative
{
    /// <summary>SQLite's <c>SQLITE_STATIC</c>: the text stays where it is until the statement runs.</summary>
    public static readonly IntPtr Static = IntPtr.Zero;

    private const string Library = "e_sqlite3";

    // Binding a value or reading a column of the current row takes the connection's mutex (always
    // free: one thread uses a connection at a time), never calls back and returns at once, so these
    // calls skip the runtime's GC transition. Binding with SQLITE_STATIC copies nothing.

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static partial int BindText(IntPtr statement, int position, byte* text, int length, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static partial int BindInt(IntPtr statement, int position, int value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static partial int BindNull(IntPtr statement, int position);


    /// <summary>The column's value as UTF-8 text (NUL-terminated; null for NULL), valid until the next step.</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_column_text")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static partial byte* ColumnText(IntPtr statement, int column);

    /// <summary>The length in bytes of the text last returned by <see cref="ColumnText"/>.</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static partial int ColumnBytes(IntPtr statement, int column);

    /// <summary>The column's SQLite type (5 = NULL).</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static partial int ColumnType(IntPtr statement, int column);

    /// <summary>
    /// <c>sqlite3_file_control</c>: with <see cref="HasMoved"/>, sets <paramref name="result"/> to
    /// non-zero when the file the connection has open is no longer the file at its path.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_file_control", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int FileControl(IntPtr db, string schema, int operation, int* result);

    /// <summary>SQLite's <c>SQLITE_FCNTL_HAS_MOVED</c>: renamed, moved or deleted since it was opened (the unix VFS compares inodes).</summary>
    public const int HasMoved = 20;

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [SuppressGCTransition]
    public static partial int ColumnInt(IntPtr statement, int column);
}
