#pragma once

#include "../types/custommodel.h"
#include "../types/generation.h"
#include "../types/modelfamily.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ids::Core {

// Which models may be stacked under a 4.0 model (api-contract.md §9.4), checked by the editor before anything
// is sent, each refusal with its reason: only finished Ideogram 4.0 models, not the main model again, not twice,
// at most four, each with a weight above 0.
class StackRules final
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::StackRules)
public:
    // Why candidate (of family candidateFamily) cannot join the stack of main, or empty.
    static QString refusal(const CustomModel &main, const CustomModel &candidate, ModelFamily candidateFamily,
                           const QList<StackedModel> &stack);
    // Empty when the weight may be sent.
    static QString weightProblem(double weight);
};

} // namespace Ids::Core
