using System.Globalization;
using System.Text;

namespace WorkshopAdvisor.Documents;

/// <summary>
/// Greedy line breaking for mixed Chinese and Latin text: a line may break between any two CJK
/// characters, at spaces, and between CJK and Latin text; a Latin word wider than the line is cut
/// between characters so that nothing runs past the column.
/// </summary>
internal static class TextWrapper
{
    // Chinese typesetting rules (禁则): these never begin a line...
    private const string NoBreakBefore = "、。，．：；？！）》」』】〕〉〗’”…‥％,.;:!?)]}%";

    // ...and these never end one.
    private const string NoBreakAfter = "（《「『【〔〈〖‘“￥＄([{";

    /// <summary>Splits text into lines no wider than <paramref name="maxWidth"/>; never returns an empty list.</summary>
    /// <param name="measure">Width of a piece of text; widths of adjacent pieces are taken to add up.</param>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, Func<string, double> measure)
    {
        var lines = new List<string>();
        var hardLines = text.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        foreach (var hardLine in hardLines)
        {
            new LineFiller(maxWidth, measure, lines).Fill(Atoms(hardLine));
        }

        return lines;
    }

    /// <summary>Cuts text into pieces that a line may break between; whitespace runs are pieces of their own.</summary>
    private static List<string> Atoms(string text)
    {
        var atoms = new List<string>();
        var run = new StringBuilder();
        var runIsSpace = false;

        void Flush()
        {
            if (run.Length == 0)
            {
                return;
            }

            var atom = run.ToString();
            run.Clear();
            var previous = atoms.Count > 0 ? atoms[^1] : null;
            if (!runIsSpace && previous is not null && !IsSpace(previous) && !CanBreakBetween(previous, atom))
            {
                atoms[^1] = previous + atom;
            }
            else
            {
                atoms.Add(atom);
            }
        }

        foreach (var rune in text.EnumerateRunes())
        {
            // No-break spaces stay inside their word, as their name promises.
            var isSpace = Rune.IsWhiteSpace(rune) && rune.Value is not (0x00A0 or 0x2007 or 0x202F);
            if (isSpace != runIsSpace || IsCjk(rune))
            {
                Flush();
                runIsSpace = isSpace;
            }

            run.Append(isSpace ? " " : rune.ToString());
            if (IsCjk(rune))
            {
                Flush();
            }
        }

        Flush();
        return atoms;
    }

    private static bool CanBreakBetween(string before, string after) =>
        !NoBreakBefore.Contains(after[0], StringComparison.Ordinal)
        && !NoBreakAfter.Contains(before[^1], StringComparison.Ordinal);

    private static bool IsSpace(string atom) => atom[0] == ' ';

    private static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x11FF => true, // Hangul Jamo
        >= 0x2E80 and <= 0x9FFF => true, // radicals, CJK punctuation, kana, Ext A, Unified Ideographs
        >= 0xAC00 and <= 0xD7AF => true, // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true, // compatibility ideographs
        >= 0xFE30 and <= 0xFE4F => true, // compatibility forms
        >= 0xFF00 and <= 0xFFEF => true, // full-width forms
        >= 0x20000 and <= 0x3FFFF => true, // Ext B and later
        _ => false,
    };

    private sealed class LineFiller(double maxWidth, Func<string, double> measure, List<string> lines)
    {
        // A line's width is the sum of its pieces, which can exceed the width measured for the same
        // text in one piece by a rounding error; a column sized to fit a text exactly must still fit it.
        private const double Tolerance = 0.01;

        private readonly double _maxWidth = maxWidth + Tolerance;
        private readonly StringBuilder _line = new();
        private double _lineWidth;
        private bool _lineHasText;
        private string? _pendingSpace;
        private bool _brokeSoftly;

        public void Fill(List<string> atoms)
        {
            foreach (var atom in atoms)
            {
                if (!IsSpace(atom))
                {
                    Place(atom);
                }
                else if (_lineHasText)
                {
                    _pendingSpace = atom;
                }
                else if (!_brokeSoftly)
                {
                    // Whitespace before the first word of a line the author started is indentation: keep it.
                    Append(atom, measure(atom), isText: false);
                }
            }

            lines.Add(_line.ToString());
        }

        private void Place(string atom)
        {
            var width = measure(atom);
            var space = _pendingSpace;
            _pendingSpace = null;
            var spaceWidth = space is null ? 0 : measure(space);
            if (_lineWidth + spaceWidth + width <= _maxWidth)
            {
                Append(space ?? string.Empty, spaceWidth, isText: false);
                Append(atom, width, isText: true);
                return;
            }

            NewLine();
            if (width <= _maxWidth)
            {
                Append(atom, width, isText: true);
                return;
            }

            // The word is wider than a whole line: cut it between characters (grapheme clusters).
            var elements = StringInfo.GetTextElementEnumerator(atom);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var elementWidth = measure(element);
                if (_lineHasText && _lineWidth + elementWidth > _maxWidth)
                {
                    NewLine();
                }

                Append(element, elementWidth, isText: true);
            }
        }

        private void Append(string text, double width, bool isText)
        {
            _line.Append(text);
            _lineWidth += width;
            _lineHasText |= isText;
        }

        // A line holding only indentation that the next word does not fit after is dropped, not printed empty.
        private void NewLine()
        {
            if (_lineHasText)
            {
                lines.Add(_line.ToString());
            }

            _line.Clear();
            _lineWidth = 0;
            _lineHasText = false;
            _brokeSoftly = true;
        }
    }
}
