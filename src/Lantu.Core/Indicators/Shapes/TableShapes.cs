namespace Lantu.Core.Indicators.Shapes;

/// <summary>The table shapes, one reader each, in the order <see cref="TableLocator"/> tries them on a located
/// header: tab-delimited cells (tabbed or one cell per line), then one cell per line without tabs, then flat text.</summary>
public static class TableShapes
{
    public static IReadOnlyList<TableShapeReader> All { get; } = [new TabbedShape(), new CellPerLineShape(), new CellLinesShape(), new FlatShape()];

    public static TableShapeReader For(TableShape shape) => All.First(s => s.Shape == shape);
}
