#include "stackrules.h"

#include <cmath>

namespace Ids::Core {

QString StackRules::refusal(const CustomModel &main, const CustomModel &candidate, ModelFamily candidateFamily,
                            const QList<StackedModel> &stack)
{
    if (stack.size() >= Generation4Request::MaxStacked)
        return tr("At most four models can be stacked under the main one.");
    if (candidate.id == main.id
        || (!candidate.customModelUri.isEmpty() && candidate.customModelUri == main.customModelUri))
        return tr("“%1” is the main model: it cannot be stacked under itself.").arg(candidate.name);
    for (const StackedModel &entry : stack) {
        if (entry.modelId == candidate.id
            || (!candidate.customModelUri.isEmpty() && entry.customModelUri == candidate.customModelUri))
            return tr("“%1” is already in the stack.").arg(candidate.name);
    }
    if (!candidate.canGenerate())
        return tr("“%1” has not finished training: only finished models can be stacked.").arg(candidate.name);
    if (candidateFamily == ModelFamily::V3)
        return tr("“%1” is an Ideogram 3.0 model: only Ideogram 4.0 models can be stacked.").arg(candidate.name);
    if (candidateFamily != ModelFamily::V4)
        return tr("The app does not know yet whether “%1” is an Ideogram 4.0 model: only those can be stacked.")
            .arg(candidate.name);
    return {};
}

QString StackRules::weightProblem(double weight)
{
    return std::isfinite(weight) && weight > 0.0 ? QString() : tr("The weight must be above 0.");
}

} // namespace Ids::Core
