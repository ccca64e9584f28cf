#include "trainknobs.h"

#include <QLocale>

#include <cmath>

namespace Ids::Core {

namespace {

// The user's locale first, then the C locale: a German user may type "0,999" or "0.999".
std::optional<double> readNumber(const QString &text)
{
    // Group separators are refused, or German would read "0.999" as 999.
    QLocale locale;
    locale.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    double value = locale.toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

TrainKnobRules::Parsed<int> TrainKnobRules::parseTrainingSteps(const QString &text)
{
    Parsed<int> parsed;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return parsed;
    bool ok = false;
    int steps = QLocale().toInt(trimmed, &ok);
    if (!ok)
        steps = QLocale::c().toInt(trimmed, &ok);
    if (!ok) {
        parsed.reason = tr("Enter a whole number of steps, such as %1.").arg(DefaultTrainingSteps);
        return parsed;
    }
    parsed.reason = trainingStepsProblem(steps);
    if (parsed.ok())
        parsed.value = steps;
    return parsed;
}

TrainKnobRules::Parsed<double> TrainKnobRules::parseEma(const QString &text)
{
    return parseDecimal(text, tr("Enter a number between 0 and 1, such as 0.999."), &TrainKnobRules::emaProblem);
}

TrainKnobRules::Parsed<double> TrainKnobRules::parseLearningRate(const QString &text)
{
    return parseDecimal(text, tr("Enter a number above 0, such as 0.0001."), &TrainKnobRules::learningRateProblem);
}

TrainKnobRules::Parsed<double> TrainKnobRules::parseDecimal(const QString &text, const QString &notANumber,
                                                            QString (*problem)(double))
{
    Parsed<double> parsed;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return parsed;
    const std::optional<double> value = readNumber(trimmed);
    if (!value) {
        parsed.reason = notANumber;
        return parsed;
    }
    parsed.reason = problem(*value);
    if (parsed.ok())
        parsed.value = value;
    return parsed;
}

QString TrainKnobRules::trainingStepsProblem(int steps)
{
    if (steps < MinTrainingSteps || steps > MaxTrainingSteps)
        return tr("Use between %1 and %2 training steps.").arg(MinTrainingSteps).arg(MaxTrainingSteps);
    if (steps % TrainingStepsMultiple != 0)
        return tr("Use a multiple of %1 (such as %2 or %3).")
            .arg(TrainingStepsMultiple)
            .arg(steps / TrainingStepsMultiple * TrainingStepsMultiple)
            .arg((steps / TrainingStepsMultiple + 1) * TrainingStepsMultiple);
    return {};
}

QString TrainKnobRules::loraRankProblem(int rank)
{
    return loraRanks().contains(rank) ? QString() : tr("The LoRA rank must be 64 or 128.");
}

QString TrainKnobRules::emaProblem(double ema)
{
    // Strictly between: 0 would forget everything, 1 would never learn.
    return std::isfinite(ema) && ema > 0.0 && ema < 1.0 ? QString()
                                                        : tr("The EMA must be above 0 and below 1 (typically 0.99 to "
                                                             "0.9999).");
}

QString TrainKnobRules::learningRateProblem(double rate)
{
    return std::isfinite(rate) && rate > 0.0 ? QString()
                                             : tr("The learning rate must be above 0 (typically 0.00001 to 0.0001).");
}

QString TrainKnobRules::batchSizeProblem(int size)
{
    return batchSizes().contains(size) ? QString() : tr("The batch size must be 1, 2, 4, 8, 16 or 32.");
}

QString TrainKnobRules::baseVariantProblem(const QString &variant)
{
    return baseVariants().contains(variant) ? QString() : tr("Choose one of the base variants Ideogram offers.");
}

QString TrainKnobRules::problem(ModelFamily family, const TrainKnobs &knobs)
{
    if (family == ModelFamily::Unknown)
        return tr("Choose Ideogram 4.0 or Ideogram 3.0 to train on.");
    if (family == ModelFamily::V3 && knobs.hasV4Only())
        return tr("Batch size and base variant exist only for Ideogram 4.0 trainings.");
    QString reason;
    if (knobs.trainingSteps)
        reason = trainingStepsProblem(*knobs.trainingSteps);
    if (reason.isEmpty() && knobs.loraRank)
        reason = loraRankProblem(*knobs.loraRank);
    if (reason.isEmpty() && knobs.ema)
        reason = emaProblem(*knobs.ema);
    if (reason.isEmpty() && knobs.learningRate)
        reason = learningRateProblem(*knobs.learningRate);
    if (reason.isEmpty() && knobs.batchSize)
        reason = batchSizeProblem(*knobs.batchSize);
    if (reason.isEmpty() && knobs.baseVariant)
        reason = baseVariantProblem(*knobs.baseVariant);
    return reason;
}

} // namespace Ids::Core
