using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Lantu.Core.Reading;

/// <summary>
/// PdfPig's filters, with Flate (the compression nearly every PDF stream uses, and the one a PDF bomb uses)
/// inflated first into a counter that charges the read's budget and discards the output, so a stream that
/// would expand to gigabytes is refused after a bounded amount of work and memory.
/// </summary>
internal sealed class BoundedFilterProvider(ReadBudget budget) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) =>
        filters.Select(f => f is FlateFilter ? new BoundedFlate(f, budget) : f).ToList();

    private sealed class BoundedFlate(IFilter inner, ReadBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            Measure(input);
            return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        }

        private void Measure(Memory<byte> input)
        {
            // As PdfPig does: skip the two-byte zlib header and inflate the rest, so both see the same bytes.
            if (input.Length < 2) return;
            var buffer = new byte[81920];
            try
            {
                using var zlib = new DeflateStream(new MemoryStream(input[2..].ToArray(), writable: false), CompressionMode.Decompress);
                int n;
                while ((n = zlib.Read(buffer, 0, buffer.Length)) > 0) budget.Expand(n);
            }
            catch (InvalidDataException) { }
        }
    }
}
