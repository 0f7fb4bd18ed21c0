using System.Text.Json.Serialization;

namespace Lantu.Core.Indicators;

/// <summary>What a change, relative or delegated target asks for (<see cref="ParsedTarget.ChangeKind"/>; JSON names as stored).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    /// <summary>A change target that raises the value: 提高3个百分点.</summary>
    [JsonStringEnumMemberName("increase")] Increase,
    /// <summary>A change target that lowers the value: 累计下降12%.</summary>
    [JsonStringEnumMemberName("decrease")] Decrease,
    /// <summary>A relative target that keeps the base level: 持平, 维持现有水平.</summary>
    [JsonStringEnumMemberName("same")] Same,
    /// <summary>A relative target that follows something else: 与经济增长基本同步.</summary>
    [JsonStringEnumMemberName("in_step")] InStep,
    /// <summary>A delegated task to fulfil: 完成省下达任务.</summary>
    [JsonStringEnumMemberName("complete")] Complete,
    /// <summary>A delegated quota to stay within: 控制在市下达指标内.</summary>
    [JsonStringEnumMemberName("control")] Control,
}
