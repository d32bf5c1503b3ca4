using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Tests.Notifications;

/// <summary>
/// <see cref="NotificationCodes"/> packs each coded value into a byte by its number, with 255 for
/// "not known"; that holds only while every coding enum is an int numbered 0, 1, 2 … below 255.
/// </summary>
public class CodingEnumTests
{
    private static readonly string[] Names =
        [.. typeof(Notification).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(Notification).Namespace)
            .Select(t => t.FullName!)];

    public static TheoryData<string> CodingEnums() => [.. Names];

    [Fact]
    public void The_notification_namespace_has_the_coding_enums() =>
        Names.ShouldContain(typeof(DeathCategory).FullName!);

    [Theory]
    [MemberData(nameof(CodingEnums))]
    public void A_coding_enum_is_an_int_numbered_from_zero_without_gaps(string name)
    {
        var type = typeof(Notification).Assembly.GetType(name)!;

        Enum.GetUnderlyingType(type).ShouldBe(typeof(int));
        var numbers = Enum.GetValuesAsUnderlyingType(type).Cast<int>().Order().ToArray();
        numbers.ShouldBe(Enumerable.Range(0, numbers.Length).ToArray());
        numbers.Length.ShouldBeLessThan(255);
    }
}
