#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Ids::Core {

// A request body that can be read once and never rewound. Qt 6.4's HTTP/1 channel silently re-sends a
// request, POSTs included, when the connection closes before the answer (measured: tst_datasetservice's
// dropped-reply cases saw two POSTs). A body Qt cannot rewind turns that re-send into an error, so a create
// leaves this computer exactly once and the caller reconciles instead (reliability-rules.md R6).
class OneShotBody final : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_offset) + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }
    // Refusing quietly is the point; QIODevice's default would log a warning first.
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace Ids::Core
