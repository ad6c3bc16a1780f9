#pragma once

// VtkView: a widget that shows what a VTK render window draws, for Qt 6.
//
// Debian's VTK Qt module (QVTKOpenGLNativeWidget) is built against Qt 5 and cannot be linked into a
// Qt 6 program, so eqlab hosts VTK itself. VTK renders with an OpenGL context of the view's own,
// current on an offscreen surface, into VTK's own framebuffer; the view reads the picture back
// and paints it as an image. A QOpenGLWidget would be the obvious host, but one such widget turns
// the whole window into an OpenGL-composed window: every repaint of any widget (a label, the
// progress bar) then composes the entire window again, which on a software renderer costs tens
// of milliseconds per event-loop turn while training runs on the same cores. Read-back costs a
// millisecond for a view of this size. The facts behind each step are in docs/vtk-in-qt6.md.
//
// VTK stays out of this header: views that own a VTK pipeline include VTK in their .cpp files and
// reach the render window through renderWindow(). Only the GUI thread may touch it.

#include <QImage>
#include <QWidget>
#include <memory>

class vtkGenericOpenGLRenderWindow;
class vtkRenderWindowInteractor;

namespace eqlab::widgets {

class VtkView : public QWidget {
    Q_OBJECT

public:
    explicit VtkView(QWidget* parent = nullptr);
    ~VtkView() override;

    // Sets the default surface format VTK needs (OpenGL 3.2 core, RGBA8, depth, no Qt MSAA).
    // Must be called before the QApplication is constructed.
    static void setDefaultSurfaceFormat();

    vtkGenericOpenGLRenderWindow* renderWindow() const;
    vtkRenderWindowInteractor* interactor() const;

    // Marks the picture stale and schedules a repaint; the scene is rendered in the next paint
    // (a hidden view renders nothing until it is shown).
    void requestRender();

    // The picture as the view shows it, in device pixels, rendered first if it is stale. A null
    // image when no OpenGL context could be made.
    QImage grabFramebuffer();

    // Number of frames rendered so far (tests and the latency probe use it).
    qint64 framesPainted() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    bool makeContextCurrent();
    bool renderScene();
    void updateSize();

    struct Internals;
    std::unique_ptr<Internals> d;
};

}  // namespace eqlab::widgets
