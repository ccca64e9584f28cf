// The Train dialog and the generate panel, offscreen: only the chosen family's knobs, switching family drops the
// other's values, a refused knob says why and holds Train back; a 4.0 model hides the negative prompt and aspect
// ratio (a 3.0 model the sizes and the stack); the stack editor refuses what the rules refuse; Ctrl+Enter in the
// prompt generates and the focus stays in the prompt; the price line says what a quote says.
#include "../common/widgetchild.h"
#include "core/types/custommodel.h"
#include "core/types/pricequote.h"
#include "widgets/generatepanel.h"
#include "widgets/stackeditor.h"
#include "widgets/traindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Ids;

using Ids::Tests::child;

namespace {

Core::CustomModel model(const QString &id, bool finished = true)
{
    Core::CustomModel model;
    model.id = id;
    model.name = QStringLiteral("Model %1").arg(id);
    model.status = finished ? QStringLiteral("COMPLETED") : QStringLiteral("TRAINING");
    model.availableForGeneration = finished;
    model.customModelUri = finished ? QStringLiteral("model/%1/version/1").arg(id) : QString();
    return model;
}

QWidget *knob(Widgets::TrainDialog *dialog, const char *name)
{
    return dialog->findChild<QWidget *>(QLatin1String(name));
}

} // namespace

class GenerateWidgetsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trainDialog_showsOnlyTheChosenFamilysKnobs();
    void trainDialog_switchingFamilyDropsTheOthersValues();
    void trainDialog_refusedKnobSaysWhy_andHoldsTrainBack();
    void trainDialog_defaultsSendThePlainOperation();
    void panel_fourPointZeroHidesNegativePromptAndAspect();
    void panel_unknownFamilyOffersOnlyWhatBothShare();
    void panel_stackEditorRefusesWithReasons();
    void panel_ctrlEnterGenerates_focusStaysInPrompt();
    void panel_priceLine();
    void panel_priceLine_saysWhoPays_sandboxNobody();
    void trainDialog_sandboxBillsNobody();
};

void GenerateWidgetsTest::trainDialog_showsOnlyTheChosenFamilysKnobs()
{
    Widgets::TrainDialog dialog(QStringLiteral("Shoes"), 20, QStringLiteral("Studio"));
    dialog.show();
    QVERIFY(!child<QWidget>(&dialog, "advancedSection")->isVisible()); // collapsed by default
    QCOMPARE(dialog.family(), Core::ModelFamily::V4); // 4.0 is the default
    child<QToolButton>(&dialog, "advancedButton")->click();
    QVERIFY(child<QWidget>(&dialog, "advancedSection")->isVisible());
    for (const char *shared : {"trainingStepsLineEdit", "loraRankComboBox", "emaLineEdit", "learningRateLineEdit"})
        QVERIFY2(knob(&dialog, shared)->isVisible(), shared);
    QVERIFY(knob(&dialog, "batchSizeComboBox")->isVisible());
    QVERIFY(knob(&dialog, "baseVariantComboBox")->isVisible());
    dialog.setFamily(Core::ModelFamily::V3);
    QVERIFY(!knob(&dialog, "batchSizeComboBox")->isVisible());
    QVERIFY(!knob(&dialog, "baseVariantComboBox")->isVisible());
    QVERIFY(knob(&dialog, "trainingStepsLineEdit")->isVisible());
}

void GenerateWidgetsTest::trainDialog_switchingFamilyDropsTheOthersValues()
{
    Widgets::TrainDialog dialog(QStringLiteral("Shoes"), 20, QStringLiteral("Studio"));
    dialog.show();
    child<QToolButton>(&dialog, "advancedButton")->click();
    auto *batch = qobject_cast<QComboBox *>(knob(&dialog, "batchSizeComboBox"));
    auto *variant = qobject_cast<QComboBox *>(knob(&dialog, "baseVariantComboBox"));
    batch->setCurrentIndex(batch->findData(8));
    variant->setCurrentIndex(1);
    qobject_cast<QLineEdit *>(knob(&dialog, "trainingStepsLineEdit"))->setText(QStringLiteral("2000"));
    QCOMPARE(dialog.knobs().batchSize, std::optional<int>(8));
    QCOMPARE(dialog.knobs().baseVariant, std::optional<QString>(QStringLiteral("oldbase_farzad_fused")));
    dialog.setFamily(Core::ModelFamily::V3);
    QCOMPARE(dialog.knobs().batchSize, std::nullopt);
    QCOMPARE(dialog.knobs().baseVariant, std::nullopt);
    QCOMPARE(dialog.knobs().trainingSteps, std::optional<int>(2000)); // shared: kept
    dialog.setFamily(Core::ModelFamily::V4);
    QCOMPARE(dialog.knobs().batchSize, std::nullopt); // dropped, not hidden
    QCOMPARE(batch->currentData().toInt(), 0);
    child<QLineEdit>(&dialog, "modelNameLineEdit")->setText(QStringLiteral("shoe model"));
    QCOMPARE(dialog.request().path(), QStringLiteral("/v1/ideogram-v4/train-model-advanced"));
}

void GenerateWidgetsTest::trainDialog_refusedKnobSaysWhy_andHoldsTrainBack()
{
    Widgets::TrainDialog dialog(QStringLiteral("Shoes"), 20, QStringLiteral("Studio"));
    QPushButton *trainButton = child<QPushButton>(&dialog, "trainButton");
    dialog.show();
    child<QLineEdit>(&dialog, "modelNameLineEdit")->setText(QStringLiteral("shoe model"));
    child<QCheckBox>(&dialog, "confirmBillingCheckBox")->setChecked(true);
    QVERIFY(trainButton->isEnabled());
    auto *steps = qobject_cast<QLineEdit *>(knob(&dialog, "trainingStepsLineEdit"));
    steps->setText(QStringLiteral("150"));
    QVERIFY(!trainButton->isEnabled());
    QVERIFY(child<QWidget>(&dialog, "advancedSection")->isVisible()); // a refusal is never hidden in a closed section
    auto *reason = dialog.findChild<QLabel *>(QStringLiteral("trainingStepsLineEditReason"));
    QVERIFY2(reason->text().contains(QStringLiteral("multiple of 100")), qPrintable(reason->text()));
    steps->setText(QStringLiteral("10000"));
    QVERIFY(trainButton->isEnabled());
    QVERIFY(!reason->text().contains(QStringLiteral("multiple of 100")));
    auto *ema = qobject_cast<QLineEdit *>(knob(&dialog, "emaLineEdit"));
    ema->setText(QStringLiteral("1"));
    QVERIFY(!trainButton->isEnabled());
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("emaLineEditReason"))->text().contains(QStringLiteral("below 1")));
    ema->setText(QStringLiteral("0.999"));
    QVERIFY(trainButton->isEnabled());
}

void GenerateWidgetsTest::trainDialog_defaultsSendThePlainOperation()
{
    Widgets::TrainDialog dialog(QStringLiteral("Shoes"), 20, QStringLiteral("Studio"));
    child<QLineEdit>(&dialog, "modelNameLineEdit")->setText(QStringLiteral("shoe model"));
    QCOMPARE(dialog.request().path(), QStringLiteral("/v1/ideogram-v4/train-model"));
    dialog.setFamily(Core::ModelFamily::V3);
    QCOMPARE(dialog.request().path(), QStringLiteral("/v1/ideogram-v3/train-model"));
    QCOMPARE(dialog.request().bodyBytes(), QByteArray(R"({"dataset_id":"","model_name":"shoe model"})"));
}

void GenerateWidgetsTest::panel_fourPointZeroHidesNegativePromptAndAspect()
{
    Widgets::GeneratePanel panel;
    panel.resize(600, 800);
    panel.show();
    const Core::CustomModel main = model(QStringLiteral("main"));
    panel.setModel(&main, Core::ModelFamily::V4);
    QVERIFY(!child<QLineEdit>(&panel, "negativePromptEdit")->isVisible());
    QVERIFY(!child<QComboBox>(&panel, "aspectComboBox")->isVisible());
    QVERIFY(child<QComboBox>(&panel, "shapeComboBox")->isVisible());
    QVERIFY(child<Widgets::StackEditor>(&panel, "stackEditor")->isVisible());
    panel.promptEdit()->setPlainText(QStringLiteral("a shoe"));
    const auto order = panel.order();
    QVERIFY(order);
    QVERIFY(std::holds_alternative<Core::Generation4Request>(*order));

    panel.setModel(&main, Core::ModelFamily::V3);
    QVERIFY(child<QLineEdit>(&panel, "negativePromptEdit")->isVisible());
    QVERIFY(child<QComboBox>(&panel, "aspectComboBox")->isVisible());
    QVERIFY(!child<QComboBox>(&panel, "shapeComboBox")->isVisible());
    QVERIFY(!child<Widgets::StackEditor>(&panel, "stackEditor")->isVisible());
    QVERIFY(std::holds_alternative<Core::Generation3Request>(*panel.order()));
}

void GenerateWidgetsTest::panel_unknownFamilyOffersOnlyWhatBothShare()
{
    Widgets::GeneratePanel panel;
    panel.resize(600, 800);
    panel.show();
    const Core::CustomModel main = model(QStringLiteral("main"));
    panel.setModel(&main, Core::ModelFamily::Unknown);
    QVERIFY(!child<QLineEdit>(&panel, "negativePromptEdit")->isVisible());
    QVERIFY(!child<QComboBox>(&panel, "aspectComboBox")->isVisible());
    QVERIFY(!child<QComboBox>(&panel, "shapeComboBox")->isVisible());
    QVERIFY(!child<Widgets::StackEditor>(&panel, "stackEditor")->isVisible());
    QVERIFY(panel.promptEdit()->isVisible());
    QVERIFY(child<QSpinBox>(&panel, "imageCountSpinBox")->isVisible());
    QVERIFY(child<QComboBox>(&panel, "speedComboBox")->isVisible());
}

void GenerateWidgetsTest::panel_stackEditorRefusesWithReasons()
{
    Widgets::GeneratePanel panel;
    const Core::CustomModel main = model(QStringLiteral("main"));
    panel.setModel(&main, Core::ModelFamily::V4);
    QList<Widgets::StackCandidate> candidates {{main, Core::ModelFamily::V4},
                                               {model(QStringLiteral("old")), Core::ModelFamily::V3},
                                               {model(QStringLiteral("busy"), false), Core::ModelFamily::V4}};
    for (const char *id : {"b", "c", "d", "e", "f"})
        candidates.append({model(QLatin1String(id)), Core::ModelFamily::V4});
    panel.setStackCandidates(candidates);
    Widgets::StackEditor *editor = child<Widgets::StackEditor>(&panel, "stackEditor");
    QVERIFY(!editor->add(QStringLiteral("main")).isEmpty());
    QVERIFY(editor->add(QStringLiteral("old")).contains(QStringLiteral("3.0")));
    QVERIFY(editor->add(QStringLiteral("busy")).contains(QStringLiteral("finished")));
    QCOMPARE(editor->count(), 0);
    QVERIFY(editor->add(QStringLiteral("b")).isEmpty());
    QVERIFY(!editor->add(QStringLiteral("b")).isEmpty()); // a repeat
    for (const char *id : {"c", "d", "e"})
        QVERIFY(editor->add(QLatin1String(id)).isEmpty());
    QCOMPARE(editor->count(), 4);
    QVERIFY(!editor->add(QStringLiteral("f")).isEmpty()); // a fifth
    QVERIFY(!child<QLabel>(editor, "stackReasonLabel")->text().isEmpty());
    editor->weightSpinBox(1)->setValue(0.0);
    QVERIFY(!panel.problem().isEmpty()); // a weight of 0 holds Generate back
    editor->weightSpinBox(1)->setValue(0.5);
    editor->moveUp(1);
    editor->remove(3);
    const QList<Core::StackedModel> stack = editor->stack();
    QCOMPARE(stack.size(), 3);
    QCOMPARE(stack.at(0).modelId, QStringLiteral("c"));
    QCOMPARE(stack.at(0).weight, 0.5);
    QCOMPARE(stack.at(1).modelId, QStringLiteral("b"));
}

void GenerateWidgetsTest::panel_ctrlEnterGenerates_focusStaysInPrompt()
{
    Widgets::GeneratePanel panel;
    panel.resize(600, 800);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    const Core::CustomModel main = model(QStringLiteral("main"));
    panel.setModel(&main, Core::ModelFamily::V4);
    QSignalSpy generate(&panel, &Widgets::GeneratePanel::generateRequested);
    panel.promptEdit()->setFocus();
    QTest::keyClicks(panel.promptEdit(), QStringLiteral("a shoe"));
    QTest::keyClick(panel.promptEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(generate.size(), 1);
    QCOMPARE(panel.promptEdit()->toPlainText(), QStringLiteral("a shoe")); // no new line typed
    panel.setBusy(true, QStringLiteral("Making…"));
    QVERIFY(panel.promptEdit()->hasFocus());
    child<QPushButton>(&panel, "generateButton")->setFocus();
    panel.setBusy(false);
    child<QPushButton>(&panel, "generateButton")->setFocus();
    panel.setBusy(true);
    QVERIFY(panel.promptEdit()->hasFocus()); // Generate went grey: the focus went to the prompt, not Open Folder
}

void GenerateWidgetsTest::panel_priceLine()
{
    Widgets::GeneratePanel panel;
    QLabel *priceLabel = child<QLabel>(&panel, "priceLabel");
    const Core::CustomModel main = model(QStringLiteral("main"));
    panel.setModel(&main, Core::ModelFamily::V4);
    child<QSpinBox>(&panel, "imageCountSpinBox")->setValue(4);
    Core::PriceQuote quote;
    quote.usdMicros = 240000;
    quote.qualifier = Core::PriceQuote::Qualifier::Exact;
    panel.showQuote(quote);
    // (No translator is loaded here: English plurals read "image(s)".)
    QVERIFY2(priceLabel->text().contains(QStringLiteral("4 image")), qPrintable(priceLabel->text()));
    QVERIFY2(priceLabel->text().contains(QStringLiteral(" · $0.24")), qPrintable(priceLabel->text()));
    quote.qualifier = Core::PriceQuote::Qualifier::Estimate;
    panel.showQuote(quote);
    QVERIFY(priceLabel->text().contains(QStringLiteral("about $0.24")));
    quote.upperBoundUsdMicros = 300000;
    panel.showQuote(quote);
    QVERIFY(priceLabel->text().contains(QStringLiteral("up to $0.30")));
    quote.upperBoundUsdMicros.reset();
    quote.qualifier = Core::PriceQuote::Qualifier::Unknown; // a word this app does not know: never "exact"
    panel.showQuote(quote);
    QVERIFY(priceLabel->text().contains(QStringLiteral("about $0.24")));
    panel.showNoQuote(QStringLiteral("The price could not be asked."));
    QVERIFY(priceLabel->text().contains(QStringLiteral("could not be asked")));
}

void GenerateWidgetsTest::panel_priceLine_saysWhoPays_sandboxNobody()
{
    Widgets::GeneratePanel panel;
    QLabel *priceLabel = child<QLabel>(&panel, "priceLabel");
    const Core::CustomModel main = model(QStringLiteral("main"));
    panel.setModel(&main, Core::ModelFamily::V4);
    child<QSpinBox>(&panel, "imageCountSpinBox")->setValue(2);
    Core::PriceQuote quote;
    quote.usdMicros = 160000;
    quote.qualifier = Core::PriceQuote::Qualifier::Exact;
    panel.setBilledTo(QStringLiteral("Studio (key …AB12)"));
    panel.showQuote(quote);
    QVERIFY2(priceLabel->text().endsWith(QStringLiteral("$0.16 — billed to Studio (key …AB12).")),
             qPrintable(priceLabel->text()));
    // After a sentence, who pays is a sentence of its own (never "….  — billed to").
    panel.showQuoting();
    QCOMPARE(priceLabel->text(), QStringLiteral("Asking Ideogram for the price… Billed to Studio (key …AB12)."));
    // The sandbox names nobody as the payer.
    panel.setBilledTo(QStringLiteral("Sandbox"), true);
    QCOMPARE(priceLabel->text(), QStringLiteral("Asking Ideogram for the price… Nothing is billed in the sandbox."));
    panel.showQuote(quote);
    QVERIFY2(priceLabel->text().endsWith(QStringLiteral("$0.16 — nothing is billed in the sandbox.")),
             qPrintable(priceLabel->text()));
    QVERIFY(!priceLabel->text().contains(QStringLiteral("billed to")));
}

void GenerateWidgetsTest::trainDialog_sandboxBillsNobody()
{
    Widgets::TrainDialog paid(QStringLiteral("shoes"), 20, QStringLiteral("Studio (key …AB12)"));
    auto *billing = paid.findChild<QLabel *>(QStringLiteral("billingLabel"));
    QVERIFY(billing);
    QVERIFY2(billing->text().startsWith(QStringLiteral("Ideogram bills this training to Studio (key …AB12).")),
             qPrintable(billing->text()));
    Widgets::TrainDialog practice(QStringLiteral("shoes"), 20, QStringLiteral("Sandbox"));
    practice.setSandbox(true);
    billing = practice.findChild<QLabel *>(QStringLiteral("billingLabel"));
    QVERIFY(billing);
    QVERIFY2(billing->text().contains(QStringLiteral("nothing is billed")), qPrintable(billing->text()));
    QVERIFY(!billing->text().contains(QStringLiteral("bills this training to")));
    QVERIFY(!child<QCheckBox>(&practice, "confirmBillingCheckBox")->text().contains(QStringLiteral("billed to")));
    QVERIFY(
        !child<QPushButton>(&practice, "trainButton")->isEnabled()); // the practice run is confirmed like a real one
}

QTEST_MAIN(GenerateWidgetsTest)
#include "tst_generatewidgets.moc"
