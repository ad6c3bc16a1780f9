#pragma once

// VtkView: a QOpenGLWidget that hosts a VTK render window, for Qt 6.
//
// Debian's VTK Qt module (QVTKOpenGLNativeWidget) is built against Qt 5 and cannot be linked into a
// Qt 6 program, so eqlab hosts VTK itself, the way VTK's own QVTKOpenGLNativeWidget does: VTK
// renders into its own framebuffer with Qt's OpenGL context, and every paintGL() blits that
// framebuffer into the widget's. The facts behind each step are in docs/vtk-in-qt6.md.
//
// VTK stays out of this header: views that own a VTK pipeline include VTK in their .cpp files and
// reach the render window through renderWindow(). Only the GUI thread may touch it.

#include <QOpenGLWidget>
#include <memory>

class vtkGenericOpenGLRenderWindow;
class vtkRenderWindowInteractor;

namespace eqlab::widgets {

class VtkView : public QOpenGLWidget {
    Q_OBJECT

public:
    explicit VtkView(QWidget* parent = nullptr);
    ~VtkView() override;

    // Sets the default surface format VTK needs (OpenGL 3.2 core, RGBA8, depth, no Qt MSAA).
    // Must be called before the QApplication is constructed.
    static void setDefaultSurfaceFormat();

    vtkGenericOpenGLRenderWindow* renderWindow() const;
    vtkRenderWindowInteractor* interactor() const;

    // Schedules a repaint; the scene is rendered in the next paintGL().
    void requestRender() { update(); }

    // Number of frames painted so far (tests and the latency probe use it).
    qint64 framesPainted() const;

protected:
    void initializeGL() override;
    void resizeGL(int width, int height) override;
    void paintGL() override;

    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void releaseGraphicsResources();
    void updateSize();

    struct Internals;
    std::unique_ptr<Internals> d;
};

}  // namespace eqlab::widgets
