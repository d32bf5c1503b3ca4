using QRCoder;

namespace CaseLens.Web.Hosting;

/// <summary>
/// A QR code as a PNG <c>data:</c> URI for an <c>img</c> element: an image, not inline SVG markup,
/// so that the Content-Security-Policy needs no inline styles.
/// </summary>
internal static class QrCodeImage
{
    public static string DataUri(Uri content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content.AbsoluteUri, QRCodeGenerator.ECCLevel.Q);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(5));
    }
}
