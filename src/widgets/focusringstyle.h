#pragma once

#include <QProxyStyle>

namespace Ids::Widgets {

// Keyboard focus that is always visible (issue: "the focused list shows no focus ring"). Desktop styles show
// the focus of a list, table or tree only as a thin frame around its current row, which disappears when that
// row is selected too (the highlight colour drawn on the highlight colour) and when there is no current row.
// This style draws a ring of the palette's highlight colour around a focused item view's frame, as the
// styles already do around a focused text field; everything else is the desktop's style unchanged.
class FocusRingStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    // Wraps the application's current style once (a second call changes nothing). Call before making widgets.
    static void install();

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusRingStyle(QStyle *base);
};

} // namespace Ids::Widgets
