#include <app/appcontroller.h>
#include <app/checkrunner.h>
#include <app/firstpaintprobe.h>
#include <app/firstpaintwatcher.h>
#include <app/smoketest.h>
#include <app/translators.h>

#include <core/api/systemproxy.h>
#include <core/logging/logredactor.h>
#include <core/validation/baseurl.h>
#include <widgets/mainwindow.h>
#include <widgets/modelflow.h>
#include <widgets/modelspage.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("ideogram-datasets"));
    QCoreApplication::setOrganizationName(QStringLiteral("ideogram-datasets"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDS_VERSION));
}

void installTranslators(QCoreApplication &app)
{
    Ids::App::installTranslators(app, QLocale(), QStringLiteral(":/i18n"));
}

struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption sandbox {QStringLiteral("sandbox"),
                                QCoreApplication::translate("main",
                                                            "Start a local Ideogram-compatible sandbox server "
                                                            "and use it. No account needed; nothing is sent "
                                                            "to Ideogram.")};
    QCommandLineOption baseUrl {QStringLiteral("api-base-url"),
                                QCoreApplication::translate("main",
                                                            "Use this API address for this run (https, or "
                                                            "http to this computer)."),
                                QStringLiteral("url")};
    QCommandLineOption describeRateLimit {
        QStringLiteral("sandbox-describe-rate-limit-every"),
        QCoreApplication::translate("main",
                                    "With --sandbox: the sandbox answers every n-th caption request (describe) "
                                    "with \"too many requests\", to see how the app waits and tries again."),
        QStringLiteral("n")};
    QCommandLineOption smokeTest {QStringLiteral("smoke-test"),
                                  QCoreApplication::translate("main",
                                                              "Check that the app works on this computer: start, "
                                                              "show the window, and quit as soon as it is ready "
                                                              "(exit status 0) or after a minute (exit status 1). "
                                                              "Use it with --sandbox.")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Create and manage datasets for Ideogram custom models. Not made by Ideogram.\n\n"
            "Environment: IDEOGRAM_API_KEY=<key> uses that key for this run only; it is never stored."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(sandbox);
        parser.addOption(baseUrl);
        parser.addOption(smokeTest);
        parser.addOption(describeRateLimit);
    }
};

// --help and --version print and exit; they must work without a display.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslators(app);
        CommandLine commandLine;
        commandLine.parser.process(app); // prints and exits
        return 0;
    }

    // --check: the upload review for scripts, with no window (so no display) and no network.
    if (Ids::App::asksForCheck(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslators(app);
        Ids::App::CheckArguments check;
        QString usage;
        if (!Ids::App::parseCheckArguments(QCoreApplication::arguments(), &check, &usage)) {
            std::fprintf(stderr, "%s\n", qPrintable(usage));
            return 2;
        }
        QTextStream out(stdout);
        return Ids::App::runCheck(check.paths, check.json, out);
    }

    QApplication app(argc, argv);
    if (const QByteArray rows = qgetenv("IDS_EXIT_AFTER_FIRST_PAINT"); !rows.isEmpty())
        app.installEventFilter(new Ids::App::FirstPaintProbe(rows.toInt(), &app));
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Ideogram Datasets"));
    QApplication::setDesktopFileName(QStringLiteral(IDS_APP_ID));
    // Set once the window has painted: reading an icon makes Qt scan its image plugins, which the first
    // paint need not wait for. PNG sizes rather than the SVG, which would also load the SVG plugin.
    new Ids::App::FirstPaintWatcher(
        [] {
            QIcon icon;
            for (const char *size : {"32", "64", "256"})
                icon.addFile(QStringLiteral(":/icons/app-%1.png").arg(QLatin1String(size)));
            QApplication::setWindowIcon(icon);
        },
        1000, &app);
    installTranslators(app);

    // The key is read from the environment once, then removed, so child processes never inherit it.
    const QString environmentKey = qEnvironmentVariable("IDEOGRAM_API_KEY").trimmed();
    qunsetenv("IDEOGRAM_API_KEY");
    Ids::Core::LogRedactor::install();
    Ids::Core::LogRedactor::setSecrets({environmentKey});

    CommandLine commandLine;
    commandLine.parser.process(app);

    Ids::App::LaunchOptions options;
    options.sandbox = commandLine.parser.isSet(commandLine.sandbox);
    options.sandboxDescribeRateLimitEvery =
        std::max(0, commandLine.parser.value(commandLine.describeRateLimit).toInt());
    options.environmentKey = environmentKey;
    if (commandLine.parser.isSet(commandLine.baseUrl)) {
        const Ids::Core::BaseUrl::Check check =
            Ids::Core::BaseUrl::check(commandLine.parser.value(commandLine.baseUrl));
        if (!check.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(check.reason));
            return 2;
        }
        options.baseUrlOverride = check.url;
    }
    options.databasePath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("datasets.sqlite"));

    // Requests take the way the system's proxy settings (or https_proxy/no_proxy) say, as other apps' do.
    Ids::Core::SystemProxy::use();
    Ids::App::AppController controller(options);
    QObject::connect(&controller, &Ids::App::AppController::readyToShow, &controller,
                     [&controller] { controller.window()->show(); });
    const bool smokeTest = commandLine.parser.isSet(commandLine.smokeTest);
    if (smokeTest) {
        // Ready once the Models page has been built after the first paint and, in the sandbox, lists the
        // sandbox's shared model.
        const auto ready = [&controller, sandbox = options.sandbox]() -> QString {
            const Ids::Widgets::ModelFlow *flow = controller.window() ? controller.window()->modelFlow() : nullptr;
            const Ids::Widgets::ModelsPage *page = flow ? flow->page() : nullptr;
            if (!page)
                return QStringLiteral("the Models page was never built");
            if (sandbox && page->view()->model()->rowCount() == 0)
                return QStringLiteral("the sandbox's models were never listed");
            return {};
        };
        new Ids::App::SmokeTest(ready, std::chrono::minutes(1), &app);
    }
    QString error;
    if (!controller.start(&error)) {
        if (smokeTest) {
            // Nobody is there to close a message box.
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QMessageBox box(QMessageBox::Critical, QApplication::applicationDisplayName(), error);
        box.setTextFormat(Qt::PlainText);
        box.exec(); // nothing else is running yet: a modal box before the event loop is safe here
        return 1;
    }
    return app.exec();
}
