using MessageLint.Core.Languages;
using MessageLint.Core.Suppression;

namespace MessageLint.Core.Text;

/// <summary>Builds <see cref="MessageDocument"/>s: masks what rules must not read, then segments, tokenizes and identifies languages.</summary>
public sealed class MessageDocumentParser
{
    private readonly ILanguageIdentifier _languageIdentifier;
    private readonly MessageLanguage? _forcedLanguage;

    /// <summary>Creates a parser; a forced language (from <c>--lang</c>) replaces identification for every sentence.</summary>
    public MessageDocumentParser(ILanguageIdentifier? languageIdentifier = null, MessageLanguage? forcedLanguage = null)
    {
        _languageIdentifier = languageIdentifier ?? ScriptLanguageIdentifier.Instance;
        _forcedLanguage = forcedLanguage;
    }

    /// <summary>A parser with automatic language identification.</summary>
    public static MessageDocumentParser Default { get; } = new();

    /// <summary>Reads one draft.</summary>
    public MessageDocument Parse(string text, DocumentFormat format, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var directives = SuppressionDirectiveParser.Parse(text);
        ProseMask mask;
        List<TextSpan> blocks;
        if (format == DocumentFormat.Markdown)
        {
            (mask, blocks) = MarkdownMasker.Mask(text, directives);
        }
        else if (format == DocumentFormat.Email)
        {
            mask = EmailMasker.Mask(text, directives);
            blocks = [];
        }
        else
        {
            mask = PlainTextMasker.Mask(text, directives);
            blocks = [];
        }

        var prose = mask.Build();
        var paragraphSpans = format == DocumentFormat.Markdown ? blocks : SplitParagraphs(prose);
        var paragraphs = new List<Paragraph>(paragraphSpans.Count);
        var sentences = new List<Sentence>();
        var tokens = new List<Token>();
        var languageWeights = new int[3];
        var undetermined = new List<int>();
        foreach (var paragraphSpan in paragraphSpans)
        {
            var paragraphSentences = new List<Sentence>();
            foreach (var span in SentenceSegmenter.Split(prose, paragraphSpan))
            {
                tokens.Clear();
                Tokenizer.Tokenize(prose, span, tokens);
                var sentenceProse = prose.Substring(span.Start, span.Length);
                var language = _forcedLanguage ?? _languageIdentifier.Identify(sentenceProse);
                if (_forcedLanguage is null && !HasLetters(sentenceProse))
                {
                    undetermined.Add(sentences.Count);
                }
                else
                {
                    languageWeights[(int)language] += span.Length;
                }

                var sentence = new Sentence(sentences.Count, paragraphs.Count, span, sentenceProse, [.. tokens], language);
                sentences.Add(sentence);
                paragraphSentences.Add(sentence);
            }

            if (paragraphSentences.Count > 0)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count, paragraphSpan, paragraphSentences));
            }
        }

        var documentLanguage = _forcedLanguage ?? DominantLanguage(languageWeights);
        foreach (var index in undetermined)
        {
            // Emoji-only or number-only sentences take the draft's language.
            sentences[index].Language = documentLanguage;
        }

        var regions = mask.Regions.OrderBy(r => r.Span.Start).ToArray();
        return new MessageDocument(text, prose, format, path, LineMap.Create(text), paragraphs, sentences, regions, directives, documentLanguage);
    }

    private static MessageLanguage DominantLanguage(int[] weights)
    {
        if (weights[(int)MessageLanguage.Russian] == 0 && weights[(int)MessageLanguage.English] == 0)
        {
            return MessageLanguage.Other;
        }

        var best = MessageLanguage.Other;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] > weights[(int)best])
            {
                best = (MessageLanguage)i;
            }
        }

        return best;
    }

    private static bool HasLetters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Plain-text paragraphs are runs of lines separated by lines that hold no prose.</summary>
    private static List<TextSpan> SplitParagraphs(string prose)
    {
        var result = new List<TextSpan>();
        var start = -1;
        var lineStart = 0;
        while (lineStart <= prose.Length)
        {
            var lineEnd = prose.IndexOfAny(['\n', '\r'], lineStart);
            if (lineEnd < 0)
            {
                lineEnd = prose.Length;
            }

            var blank = prose.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            if (blank && start >= 0)
            {
                result.Add(TextSpan.FromBounds(start, lineStart));
                start = -1;
            }
            else if (!blank && start < 0)
            {
                start = lineStart;
            }

            if (lineEnd >= prose.Length)
            {
                break;
            }

            lineStart = lineEnd + (prose[lineEnd] == '\r' && lineEnd + 1 < prose.Length && prose[lineEnd + 1] == '\n' ? 2 : 1);
        }

        if (start >= 0)
        {
            result.Add(TextSpan.FromBounds(start, prose.Length));
        }

        return result;
    }
}
