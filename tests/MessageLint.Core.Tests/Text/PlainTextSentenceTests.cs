using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Text;

public sealed class PlainTextSentenceTests
{
    [Theory]
    // Russian and English chat
    [InlineData("Привет! Макет готов, посмотрите. Если что, пишите", new[] { "Привет!", "Макет готов, посмотрите.", "Если что, пишите" })]
    [InlineData("Hi! The mockup is ready. Let me know if you need changes", new[] { "Hi!", "The mockup is ready.", "Let me know if you need changes" })]
    [InlineData("Всё ок. Завтра пришлю", new[] { "Всё ок.", "Завтра пришлю" })]
    [InlineData("The answer is no. Sorry about that", new[] { "The answer is no.", "Sorry about that" })]
    // Abbreviations
    [InlineData("Это срочно, т.е. сегодня. Всё понятно?", new[] { "Это срочно, т.е. сегодня.", "Всё понятно?" })]
    [InlineData("Оплата позже, т.к. бухгалтер в отпуске. Ладно", new[] { "Оплата позже, т.к. бухгалтер в отпуске.", "Ладно" })]
    [InlineData("Нужны тексты, фото и т.д. Потом обсудим", new[] { "Нужны тексты, фото и т.д.", "Потом обсудим" })]
    [InlineData("Нужны тексты, фото и т.д. и прочее", new[] { "Нужны тексты, фото и т.д. и прочее" })]
    [InlineData("Use a short title, e.g. the brand name. Then add a photo", new[] { "Use a short title, e.g. the brand name.", "Then add a photo" })]
    [InlineData("I spoke to Mr. Smith yesterday. He agreed", new[] { "I spoke to Mr. Smith yesterday.", "He agreed" })]
    [InlineData("Bring the logo, fonts, etc. We start Monday", new[] { "Bring the logo, fonts, etc.", "We start Monday" })]
    [InlineData("Bring the logo, fonts, etc. and the brief", new[] { "Bring the logo, fonts, etc. and the brief" })]
    [InlineData("See No. 5 on the list", new[] { "See No. 5 on the list" })]
    [InlineData("А. С. Пушкин написал. Да", new[] { "А. С. Пушкин написал.", "Да" })]
    [InlineData("Цена 1 000 руб. Срок три дня", new[] { "Цена 1 000 руб.", "Срок три дня" })]
    [InlineData("Give me a sec. I'll check", new[] { "Give me a sec.", "I'll check" })]
    // Decimals, times, versions
    [InlineData("The rating is 3.5 now. Good", new[] { "The rating is 3.5 now.", "Good" })]
    [InlineData("Итого: 3,5 часа. Нормально?", new[] { "Итого: 3,5 часа.", "Нормально?" })]
    [InlineData("Созвон в 10:30. Подходит?", new[] { "Созвон в 10:30.", "Подходит?" })]
    [InlineData("From 10:30 to 11:45. Ok?", new[] { "From 10:30 to 11:45.", "Ok?" })]
    [InlineData("Update to v1.2.3 first. Then restart", new[] { "Update to v1.2.3 first.", "Then restart" })]
    [InlineData("Version 2.0 is out. Try it", new[] { "Version 2.0 is out.", "Try it" })]
    [InlineData("Check example.com today. Thanks", new[] { "Check example.com today.", "Thanks" })]
    // Ellipses
    [InlineData("Ну... не знаю. Подумаю", new[] { "Ну... не знаю.", "Подумаю" })]
    [InlineData("Ну... Не знаю", new[] { "Ну...", "Не знаю" })]
    [InlineData("Хм… не уверена. Давайте завтра", new[] { "Хм… не уверена.", "Давайте завтра" })]
    [InlineData("Хм… Давайте завтра", new[] { "Хм…", "Давайте завтра" })]
    [InlineData("Hello... world", new[] { "Hello... world" })]
    [InlineData("Well... I think so", new[] { "Well...", "I think so" })]
    // Question and exclamation runs
    [InlineData("Серьёзно?! Не может быть", new[] { "Серьёзно?!", "Не может быть" })]
    [InlineData("Ура!!! Всё готово", new[] { "Ура!!!", "Всё готово" })]
    [InlineData("What?!! really", new[] { "What?!!", "really" })]
    [InlineData("He said \"Done.\" Then left", new[] { "He said \"Done.\"", "Then left" })]
    // A question or exclamation quoted inside a sentence: the sentence goes on after the closing quote
    [InlineData("Вместо вопроса «какой темп хочешь?» присылайте два наброска. Так проще", new[] { "Вместо вопроса «какой темп хочешь?» присылайте два наброска.", "Так проще" })]
    [InlineData("Instead of asking 'what tempo do you want?', send two sketches. It works", new[] { "Instead of asking 'what tempo do you want?', send two sketches.", "It works" })]
    [InlineData("Instead of “which size?” say what you'd pick", new[] { "Instead of “which size?” say what you'd pick" })]
    [InlineData("He wrote \"really?!\" and went quiet", new[] { "He wrote \"really?!\" and went quiet" })]
    [InlineData("Он спросил «готово?» Я ответил да", new[] { "Он спросил «готово?»", "Я ответил да" })]
    [InlineData("Don't worry? it's fine", new[] { "Don't worry?", "it's fine" })]
    [InlineData("I don't know?' maybe", new[] { "I don't know?'", "maybe" })]
    [InlineData("(Готово.) Проверьте", new[] { "(Готово.)", "Проверьте" })]
    // Emoji and chat smileys
    [InlineData("Готово 👍 Проверьте, пожалуйста", new[] { "Готово 👍", "Проверьте, пожалуйста" })]
    [InlineData("Готово 👨‍👩‍👧 Семья довольна", new[] { "Готово 👨‍👩‍👧", "Семья довольна" })]
    [InlineData("Thanks 👍🏽 See you", new[] { "Thanks 👍🏽", "See you" })]
    [InlineData("Great job 👩🏽‍💻 Keep going", new[] { "Great job 👩🏽‍💻", "Keep going" })]
    [InlineData("Flag 🇷🇺 Next one", new[] { "Flag 🇷🇺", "Next one" })]
    [InlineData("Спасибо 🙏 до связи", new[] { "Спасибо 🙏 до связи" })]
    [InlineData("Ok!!! 😀 Bye", new[] { "Ok!!!", "😀", "Bye" })]
    [InlineData("Спасибо))) До завтра", new[] { "Спасибо)))", "До завтра" })]
    [InlineData("Спасибо)) до завтра", new[] { "Спасибо)) до завтра" })]
    [InlineData("ок((( Жаль", new[] { "ок(((", "Жаль" })]
    // Bullets and numbered lists
    [InlineData("План:\n- макет\n- тексты\n- фото", new[] { "План:", "- макет", "- тексты", "- фото" })]
    [InlineData("План:\n• макет\n• тексты", new[] { "План:", "• макет", "• тексты" })]
    [InlineData("План:\n1. Макет\n2. Тексты", new[] { "План:", "1. Макет", "2. Тексты" })]
    [InlineData("Steps:\n1) Send the brief\n2) Wait", new[] { "Steps:", "1) Send the brief", "2) Wait" })]
    // Chat lines versus hard-wrapped e-mail
    [InlineData("привет\nкак дела\nскинь макет", new[] { "привет", "как дела", "скинь макет" })]
    [InlineData("ок\nзавтра скину", new[] { "ок", "завтра скину" })]
    [InlineData(
        "Thank you for sending the brief, I have read it carefully and I think\nwe can start on Monday if the budget is confirmed.",
        new[] { "Thank you for sending the brief, I have read it carefully and I think\nwe can start on Monday if the budget is confirmed." })]
    [InlineData(
        "Спасибо за бриф, я его внимательно прочитал и думаю, что мы сможем\nначать в понедельник, если бюджет подтвердят.",
        new[] { "Спасибо за бриф, я его внимательно прочитал и думаю, что мы сможем\nначать в понедельник, если бюджет подтвердят." })]
    [InlineData(
        "Hi Anna. Thanks for the brief, I read it and I think that we\ncan start on Monday.",
        new[] { "Hi Anna.", "Thanks for the brief, I read it and I think that we\ncan start on Monday." })]
    [InlineData(
        "Thank you for sending the brief, I have read it carefully and I think.\nwe can start on Monday.",
        new[] { "Thank you for sending the brief, I have read it carefully and I think.", "we can start on Monday." })]
    [InlineData(
        "Thank you for sending the brief, I have read it carefully and I think\nWe can start on Monday.",
        new[] { "Thank you for sending the brief, I have read it carefully and I think", "We can start on Monday." })]
    // Paragraphs
    [InlineData("Привет.\n\nВторой абзац", new[] { "Привет.", "Второй абзац" })]
    [InlineData("", new string[0])]
    [InlineData("   \n\n  ", new string[0])]
    [InlineData("—", new string[0])]
    public void Sentences_of_a_chat_draft_have_the_expected_raw_text(string text, string[] expected)
    {
        var document = MessageDocument.Parse(text);

        DocumentInvariants.AssertHold(document);
        Assert.Equal(expected, DocumentInvariants.SentenceTexts(document));
    }

    [Theory]
    [InlineData("Привет.\nКак дела?\nСкинь макет")]
    [InlineData("привет\nкак дела\n\nскинь макет")]
    [InlineData("Thank you for sending the brief, I have read it carefully and I think\nwe can start on Monday if the budget is confirmed.\nThanks")]
    [InlineData("План:\n- макет\n- тексты")]
    [InlineData("> quoted\nanswer\n```\ncode. more.\n```\nend")]
    [InlineData("answer\n> quoted. Text.\nend")]
    public void Crlf_and_lone_cr_give_the_same_sentences_as_lf(string lf)
    {
        var expected = DocumentInvariants.SentenceTexts(MessageDocument.Parse(lf));

        foreach (var lineBreak in new[] { "\r\n", "\r" })
        {
            var document = MessageDocument.Parse(lf.Replace("\n", lineBreak));

            DocumentInvariants.AssertHold(document);
            Assert.Equal(expected, DocumentInvariants.SentenceTexts(document).Select(s => s.Replace(lineBreak, "\n")));
        }
    }

    [Theory]
    [InlineData("Готово。Дальше", new[] { "Готово。Дальше" })]
    [InlineData("Done。 Next。。x", new[] { "Done。", "Next。。x" })]
    public void An_ideographic_full_stop_is_read_without_failing(string text, string[] expected)
    {
        // Found by fuzzing the Markdown reader: "。" started a punctuation run it was not part of.
        var document = MessageDocument.Parse(text);

        DocumentInvariants.AssertHold(document);
        Assert.Equal(expected, DocumentInvariants.SentenceTexts(document));
    }

    [Fact]
    public void Crlf_sentences_start_and_end_on_the_same_lines_and_columns_as_lf()
    {
        var lf = MessageDocument.Parse("Привет.\nКак дела?\n\nСкинь макет");
        var crlf = MessageDocument.Parse("Привет.\r\nКак дела?\r\n\r\nСкинь макет");

        Assert.Equal(
            lf.Sentences.Select(s => lf.Lines.GetPositionSpan(s.Span)),
            crlf.Sentences.Select(s => crlf.Lines.GetPositionSpan(s.Span)));
    }

    [Theory]
    [InlineData("😀😀 Привет. Пока", new[] { "😀😀", "Привет.", "Пока" })]
    [InlineData("👨‍👩‍👧‍👦 Семья. 𝐀 bold. Next", new[] { "👨‍👩‍👧‍👦", "Семья.", "𝐀 bold.", "Next" })]
    [InlineData("🇷🇺🇬🇧 hi. Bye", new[] { "🇷🇺🇬🇧 hi.", "Bye" })]
    [InlineData("Ok 👍🏿👍🏻 thanks. Bye", new[] { "Ok 👍🏿👍🏻 thanks.", "Bye" })]
    public void Surrogate_pairs_before_a_sentence_keep_its_offsets_in_utf16_code_units(string text, string[] expected)
    {
        var document = MessageDocument.Parse(text);

        DocumentInvariants.AssertHold(document);
        Assert.Equal(expected, DocumentInvariants.SentenceTexts(document));
        var last = document.Sentences[^1];
        Assert.Equal(text.Length - expected[^1].Length, last.Span.Start);
        Assert.Equal(new LinePosition(0, last.Span.Start), document.Lines.GetPosition(last.Span.Start));
    }

    [Fact]
    public void A_sentence_token_maps_back_to_its_raw_text()
    {
        var document = MessageDocument.Parse("👍 Готово. Созвон в 10:30?");
        var sentence = document.Sentences[^1];

        var texts = sentence.Tokens.Select(t => document.Text.Substring(t.Span.Start, t.Span.Length));

        Assert.Equal(new[] { "Созвон", "в", "10:30", "?" }, texts);
        Assert.Equal("10:30", sentence.GetText(sentence.Tokens[2]).ToString());
    }

    [Fact]
    public void Sentences_know_their_paragraph_and_position()
    {
        var document = MessageDocument.Parse("Раз. Два.\n\nТри.");

        Assert.Equal(new[] { 0, 1, 2 }, document.Sentences.Select(s => s.Index));
        Assert.Equal(new[] { 0, 0, 1 }, document.Sentences.Select(s => s.ParagraphIndex));
        Assert.Equal(2, document.Paragraphs.Count);
        Assert.Equal(2, document.Paragraphs[0].Sentences.Count);
    }

    [Theory]
    [InlineData("Привет, как дела? Всё хорошо.", MessageLanguage.Russian)]
    [InlineData("Hi, how are you? All good.", MessageLanguage.English)]
    [InlineData("👍👍", MessageLanguage.Other)]
    public void A_draft_takes_the_language_most_of_its_prose_is_in(string text, MessageLanguage expected)
    {
        Assert.Equal(expected, MessageDocument.Parse(text).Language);
    }

    [Fact]
    public void An_emoji_only_sentence_takes_the_language_of_the_draft()
    {
        var document = MessageDocument.Parse("Спасибо большое за работу!!! 🎉🎉 Всё отлично");

        Assert.Equal("🎉🎉", DocumentInvariants.SentenceTexts(document)[1]);
        Assert.All(document.Sentences, s => Assert.Equal(MessageLanguage.Russian, s.Language));
    }
}
