using Lantu.Web.Services;

namespace Lantu.Web.Pages.Plans;

/// <summary>
/// The reader's pages: a plan is read a chapter at a time. A page starts at each top-level heading (篇, or 章 where
/// there are no 篇) and at each 章, unless the page so far is short (a title page, a short preface or a 篇 heading
/// stays with the first chapter after it); a chapter longer than <see cref="Bound"/> paragraphs goes on over several pages, broken before a heading
/// where one is near. Every block belongs to exactly one page, so any line of the plan has one page to land on.
/// </summary>
public sealed class ReaderPages
{
    /// <summary>At most this many paragraphs (a box counts its own paragraphs) on one page.</summary>
    public const int Bound = 150;

    /// <summary>A page shorter than this is not ended by the next chapter.</summary>
    private const int Short = 20;

    public sealed record Page(int Number, int First, int Count, string Title, int LineStart, int LineEnd);

    public IReadOnlyList<Page> Pages { get; }
    private readonly PlanView _view;
    private readonly int[] _pageOfBlock;
    private readonly Dictionary<string, int> _pageOfAnchor;

    public ReaderPages(PlanView view, int bound = Bound)
    {
        _view = view;
        var chapters = view.Nodes.Where(n => n.Depth == 0 || n.Node.Kind == "chapter").Select(n => "s-" + n.Node.Seq).ToHashSet();
        var starts = new List<int>();
        int weight = 0;
        for (int i = 0; i < view.Blocks.Count; i++)
        {
            var b = view.Blocks[i];
            int w = Weight(b);
            bool heading = b.Kind == PlanView.BlockKind.Heading;
            bool chapter = heading && chapters.Contains(b.Anchor);
            // Near the bound, break before a heading rather than in the middle of a section.
            bool full = weight + w > bound || (heading && weight > bound * 3 / 4);
            if (starts.Count == 0 || (chapter && weight >= Short) || (full && weight > 0))
            {
                starts.Add(i);
                weight = 0;
            }
            weight += w;
        }

        var pages = new List<Page>();
        _pageOfBlock = new int[view.Blocks.Count];
        for (int k = 0; k < starts.Count; k++)
        {
            int first = starts[k], end = k + 1 < starts.Count ? starts[k + 1] : view.Blocks.Count;
            for (int i = first; i < end; i++) _pageOfBlock[i] = k + 1;
            var blocks = view.Blocks.Skip(first).Take(end - first).ToList();
            var title = blocks.FirstOrDefault(b => b.Kind == PlanView.BlockKind.Heading) is { } h ? $"{h.Number} {h.Title}".Trim() : "前言";
            pages.Add(new Page(k + 1, first, end - first, title, blocks[0].LineStart, blocks[^1].LineEnd));
        }
        Pages = pages;
        _pageOfAnchor = new Dictionary<string, int>();
        for (int i = 0; i < view.Blocks.Count; i++) _pageOfAnchor.TryAdd(view.Blocks[i].Anchor, _pageOfBlock[i]);
    }

    public int Count => Pages.Count;

    /// <summary>How much of the bound a block takes: a paragraph or heading one, a box one per paragraph inside.</summary>
    public static int Weight(PlanView.Block b) => b.Kind == PlanView.BlockKind.Box ? Math.Max(1, b.Inner?.Count ?? 0) : 1;

    public IEnumerable<PlanView.Block> Blocks(int page) => _view.Blocks.Skip(Pages[page - 1].First).Take(Pages[page - 1].Count);

    /// <summary>The page holding a heading's or paragraph's anchor (1 when there is no such anchor).</summary>
    public int PageOf(string anchor) => _pageOfAnchor.GetValueOrDefault(anchor, 1);

    /// <summary>The block a source line falls in (or the last block starting before it), with its page: null past the text.</summary>
    public (int Page, string Anchor)? Locate(int line)
    {
        var blocks = _view.Blocks;
        int found = -1;
        for (int lo = 0, hi = blocks.Count - 1; lo <= hi;)
        {
            int mid = (lo + hi) / 2;
            if (blocks[mid].LineStart <= line) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        if (found < 0) return blocks.Count == 0 ? null : (1, blocks[0].Anchor);
        return (_pageOfBlock[found], blocks[found].Anchor);
    }
}
