using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Lantu.Core.Indicators;

/// <summary>
/// The text an indicator kind is stored and exported as, read from its <see cref="JsonStringEnumMemberNameAttribute"/>
/// so that JSON, database columns and indicator keys share one spelling: <c>TableKind.Review.StoredName()</c> is
/// "review", <c>StoredNames.Parse&lt;RowSource&gt;("text")</c> is <see cref="RowSource.Text"/>.
/// </summary>
public static class StoredNames
{
    public static string StoredName<T>(this T value) where T : struct, Enum => Names<T>.ByValue[value];

    public static T Parse<T>(string name) where T : struct, Enum =>
        Names<T>.ByName.TryGetValue(name, out var value)
            ? value
            : throw new FormatException($"“{name}” is not a {typeof(T).Name} (expected one of {string.Join(", ", Enum.GetValues<T>().Select(StoredName))})");

    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue = Enum.GetValues<T>().ToFrozenDictionary(v => v, v =>
            typeof(T).GetField(v.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{v} has no stored name"));
        public static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key);
    }
}
