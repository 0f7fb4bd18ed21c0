namespace Lantu.Core.Indicators.Shapes;

/// <summary>
/// The table shapes in the order <see cref="TableLocator"/> tries them on a header it found: tab-delimited rows,
/// Word's one cell per line, a web page's one cell per line without tabs, and flat text, which takes whatever
/// header is left. The first that recognises the layout locates the table and later reads it.
/// </summary>
public static class TableShapes
{
    public static IReadOnlyList<TableShapeReader> All { get; } = [new TabbedShape(), new CellPerLineShape(), new CellLinesShape(), new FlatShape()];

    public static TableShapeReader For(TableShape shape) => All.First(s => s.Shape == shape);
}
