namespace MessageLint.Classifier.Evaluation;

/// <summary>
/// A multi-label confusion matrix: rows are the true labels of items, columns the labels the model
/// gave them ("clean" when it gave none). An item adds one to every (true, predicted) pair, so a
/// row shows where a label's items went and the diagonal is agreement.
/// </summary>
/// <param name="Labels">Row and column names, in order; rows may also include "other" for items whose only labels the model does not score.</param>
/// <param name="Counts">Counts[row][column].</param>
public sealed record ConfusionMatrix(IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Counts);
