using MessageLint.Classifier.Model;
using MessageLint.Classifier.Training;

namespace MessageLint.Classifier.Tests;

/// <summary>Training is reproducible and a saved model predicts exactly what the trained one did.</summary>
public sealed class TrainingTests
{
    private static readonly string[] Probes = ["скоро пришлю", "clients are impossible", "в пятницу до 18:00", "👍"];

    [Fact]
    public void Same_data_and_seed_give_the_same_predictions()
    {
        var again = ModelTrainer.Train(TinyCorpus.Items, TinyCorpus.Items, TinyCorpus.Options);

        Assert.Equal(TinyCorpus.Model.Score(Probes), again.Score(Probes));
        Assert.Equal(TinyCorpus.Model.Manifest.TrainingDataSha256, again.Manifest.TrainingDataSha256);
    }

    [Fact]
    public void A_saved_and_reloaded_model_predicts_the_same()
    {
        using var buffer = new MemoryStream();
        TinyCorpus.Model.Save(buffer);
        buffer.Position = 0;

        var loaded = SentenceModel.Load(buffer);

        Assert.Equal(TinyCorpus.Model.Labels, loaded.Labels);
        Assert.Equal(TinyCorpus.Model.Score(Probes), loaded.Score(Probes));
    }

    [Fact]
    public void The_ml_net_featurizer_inside_a_model_file_carries_no_time_of_saving()
    {
        using var buffer = new MemoryStream();
        TinyCorpus.Model.Save(buffer);
        buffer.Position = 0;
        using var archive = new System.IO.Compression.ZipArchive(buffer);
        using var featurizer = new System.IO.Compression.ZipArchive(archive.GetEntry("featurizer.zip")!.Open());

        Assert.NotEmpty(featurizer.Entries);
        Assert.All(featurizer.Entries, e => Assert.Equal(2000, e.LastWriteTime.Year));
    }

    [Fact]
    public void A_loaded_model_predicts_from_its_compiled_snapshot_without_reading_the_ml_net_featurizer()
    {
        using var buffer = new MemoryStream();
        TinyCorpus.Model.Save(buffer);
        buffer.Position = 0;

        var loaded = SentenceModel.Load(buffer);
        var compiledScores = loaded.Score(Probes);
        var loadedForPrediction = loaded.IsMlNetLoaded;
        var reference = Probes.Select(loaded.ScoreOneWithMlNet).ToArray();

        Assert.True(loaded.IsCompiled);
        Assert.False(loadedForPrediction);
        Assert.True(loaded.IsMlNetLoaded);
        for (var i = 0; i < Probes.Length; i++)
        {
            Assert.Equal(reference[i], compiledScores[i], (a, b) => Math.Abs(a - b) < 1e-5);
        }
    }

    [Fact]
    public void A_model_file_without_the_compiled_snapshot_is_read_through_ml_net_and_predicts_the_same()
    {
        using var buffer = new MemoryStream();
        TinyCorpus.Model.Save(buffer);
        using (var archive = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("compiled-featurizer.bin")!.Delete();
        }

        buffer.Position = 0;
        var loaded = SentenceModel.Load(buffer);

        Assert.True(loaded.IsMlNetLoaded);
        Assert.True(loaded.IsCompiled);
        Assert.Equal(TinyCorpus.Model.Score(Probes), loaded.Score(Probes));
    }

    [Fact]
    public void A_corrupt_compiled_snapshot_is_an_invalid_model_file()
    {
        using var buffer = new MemoryStream();
        TinyCorpus.Model.Save(buffer);
        using (var archive = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("compiled-featurizer.bin")!.Delete();
            using var stream = archive.CreateEntry("compiled-featurizer.bin").Open();
            stream.Write([7, 0, 0, 0]);
        }

        buffer.Position = 0;

        Assert.Throws<InvalidDataException>(() => SentenceModel.Load(buffer));
    }

    [Fact]
    public void The_model_learns_the_tiny_corpus()
    {
        var scores = TinyCorpus.Model.Score(["скоро будет готово", "clients never read the brief"]);
        var vague = TinyCorpus.Model.Labels.ToList().IndexOf("vague-status");
        var complaint = TinyCorpus.Model.Labels.ToList().IndexOf("complaint-about-client");

        Assert.True(scores[0][vague] > scores[1][vague]);
        Assert.True(scores[1][complaint] > scores[0][complaint]);
    }

    [Fact]
    public void Cyrillic_keeps_its_short_i_so_different_words_stay_different()
    {
        var scores = TinyCorpus.Model.Score(["мой", "мои"]);

        Assert.NotEqual(scores[0], scores[1]);
    }

    [Fact]
    public void Probabilities_lie_between_zero_and_one()
    {
        foreach (var row in TinyCorpus.Model.Score(Probes))
        {
            Assert.All(row, p => Assert.InRange(p, 0f, 1f));
        }
    }
}
