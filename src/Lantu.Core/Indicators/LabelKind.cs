namespace Lantu.Core.Indicators;

/// <summary>What a header label says its column holds, before the column's role in the table is decided
/// (the header reader turns a kind and its neighbours into a <see cref="ColumnRole"/>).</summary>
public enum LabelKind
{
    /// <summary>类别, 分类, 领域, 一级指标.</summary>
    Category,
    /// <summary>序号, 编号.</summary>
    Seq,
    /// <summary>指标, 指标名称, 二级指标, 主要指标, 主要项目和指标, 项目 (not 项目名称 or 项目投资: a project table).</summary>
    Name,
    /// <summary>单位.</summary>
    Unit,
    /// <summary>属性, 指标属性.</summary>
    Attribute,
    /// <summary>完成情况, 评价, 备注.</summary>
    Status,
    /// <summary>年均增长, [累计], 五年累计.</summary>
    Growth,
    /// <summary>A value column: 2020年, 2025年目标, 规划目标, 基期值.</summary>
    Value,
    /// <summary>A header cell with no text (the covered cell of a merged name column).</summary>
    Empty,
    /// <summary>A header cell whose text holds no label.</summary>
    Other,
}

/// <summary>A label found in header text: its kind and the words that said it.</summary>
public readonly record struct HeaderToken(LabelKind Kind, string Text);
