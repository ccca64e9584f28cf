#pragma once

#include "../types/trainrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ids::Core {

// The ranges of the advanced training settings (api-contract.md §9.1), checked before anything is sent, beside
// the model-name rule: a training refused by the server after the user confirmed billing costs more trust
// than a field that says why at once. Every reason is one sentence a person can act on.
class TrainKnobRules final
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::TrainKnobRules)
public:
    static constexpr int MinTrainingSteps = 100;
    static constexpr int MaxTrainingSteps = 10000;
    static constexpr int TrainingStepsMultiple = 100;
    static constexpr int DefaultTrainingSteps = 1000;
    static constexpr int DefaultLoraRank = 128;

    static QList<int> loraRanks() { return {64, 128}; }
    static QList<int> batchSizes() { return {1, 2, 4, 8, 16, 32}; }
    // The first is the default.
    static QStringList baseVariants()
    {
        return {QStringLiteral("distilled_gd"), QStringLiteral("oldbase_farzad_fused")};
    }

    // A knob as the user typed it: empty text is no value (the trainer's default) and fine.
    template<typename T> struct Parsed
    {
        std::optional<T> value;
        QString reason; // empty when acceptable
        bool ok() const { return reason.isEmpty(); }
    };
    // Numbers in the user's locale or with a dot ("0,999" and "0.999" in German); exponents allowed ("1e-5").
    static Parsed<int> parseTrainingSteps(const QString &text);
    static Parsed<double> parseEma(const QString &text);
    static Parsed<double> parseLearningRate(const QString &text);

    // One value: empty when it may be sent, else the reason.
    static QString trainingStepsProblem(int steps);
    static QString loraRankProblem(int rank);
    static QString emaProblem(double ema);
    static QString learningRateProblem(double rate);
    static QString batchSizeProblem(int size);
    static QString baseVariantProblem(const QString &variant);

    // Every set knob for this family: the first problem, or empty. Batch size and base variant belong to 4.0:
    // for 3.0 they are refused here (the server would refuse them too), and an unknown family trains nothing.
    static QString problem(ModelFamily family, const TrainKnobs &knobs);

private:
    // A decimal knob: empty is no value, text that is no number gets notANumber, a number its rule's problem.
    static Parsed<double> parseDecimal(const QString &text, const QString &notANumber, QString (*problem)(double));
};

} // namespace Ids::Core
