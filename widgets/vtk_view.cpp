#include "widgets/vtk_view.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkNew.h>
#include <vtkOpenGLState.h>
#include <vtkSmartPointer.h>

namespace eqlab::widgets {

struct VtkView::Internals {
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkGenericRenderWindowInteractor> interactor;
    vtkNew<vtkCallbackCommand> windowObserver;
    VtkView* view = nullptr;
    QSurface* surface = nullptr;  // the surface Qt made the context current with in initializeGL
    QMetaObject::Connection contextConnection;
    bool painting = false;
    bool initialized = false;
    qint64 frames = 0;
};

namespace {

int vtkButtonDown(Qt::MouseButton button) {
    switch (button) {
        case Qt::LeftButton:
            return vtkCommand::LeftButtonPressEvent;
        case Qt::MiddleButton:
            return vtkCommand::MiddleButtonPressEvent;
        case Qt::RightButton:
            return vtkCommand::RightButtonPressEvent;
        default:
            return vtkCommand::NoEvent;
    }
}

int vtkButtonUp(Qt::MouseButton button) {
    switch (button) {
        case Qt::LeftButton:
            return vtkCommand::LeftButtonReleaseEvent;
        case Qt::MiddleButton:
            return vtkCommand::MiddleButtonReleaseEvent;
        case Qt::RightButton:
            return vtkCommand::RightButtonReleaseEvent;
        default:
            return vtkCommand::NoEvent;
    }
}

}  // namespace

VtkView::VtkView(QWidget* parent) : QOpenGLWidget(parent), d(std::make_unique<Internals>()) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(120, 90);

    d->window->SetMultiSamples(0);  // VTK's MSAA halves llvmpipe's frame rate; FXAA is used instead
    d->window->SetInteractor(d->interactor);
    d->interactor->SetRenderWindow(d->window);
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    d->interactor->SetInteractorStyle(style);
    d->interactor->EnableRenderOff();  // renders happen in paintGL(), scheduled by update()

    // VTK asks its host three questions through events on the render window (docs/vtk-in-qt6.md).
    d->view = this;
    d->windowObserver->SetClientData(d.get());
    d->windowObserver->SetCallback([](vtkObject*, unsigned long eventId, void* clientData,
                                      void* callData) {
        auto* internals = static_cast<Internals*>(clientData);
        QOpenGLContext* context = internals->view->context();
        switch (eventId) {
            case vtkCommand::WindowMakeCurrentEvent:
                // Make the context current on its own surface only: QOpenGLWidget::makeCurrent()
                // would also bind Qt's framebuffer behind VTK's state cache (a black picture).
                if (context && QOpenGLContext::currentContext() != context && internals->surface) {
                    context->makeCurrent(internals->surface);
                }
                break;
            case vtkCommand::WindowIsCurrentEvent:
                // Without an answer VTK 9.1 assumes "not current" and skips rendering.
                *static_cast<bool*>(callData) =
                    context && QOpenGLContext::currentContext() == context;
                break;
            case vtkCommand::WindowFrameEvent:
                // A render VTK started itself: bring it to the screen with a repaint.
                if (!internals->painting) {
                    internals->view->update();
                }
                break;
            default:
                break;
        }
    });
    for (auto event : {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
                       vtkCommand::WindowFrameEvent}) {
        d->window->AddObserver(event, d->windowObserver);
    }
}

VtkView::~VtkView() {
    // QOpenGLWidget's destructor destroys the context after this one has run, which emits
    // aboutToBeDestroyed: our handler must not run on a half-destroyed view.
    disconnect(d->contextConnection);
    makeCurrent();
    releaseGraphicsResources();
    doneCurrent();
    d->window->RemoveObserver(d->windowObserver);
}

void VtkView::setDefaultSurfaceFormat() {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setRedBufferSize(8);
    format.setGreenBufferSize(8);
    format.setBlueBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(0);
    format.setSamples(0);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    QSurfaceFormat::setDefaultFormat(format);
}

vtkGenericOpenGLRenderWindow* VtkView::renderWindow() const {
    return d->window;
}
vtkRenderWindowInteractor* VtkView::interactor() const {
    return d->interactor;
}
qint64 VtkView::framesPainted() const {
    return d->frames;
}

void VtkView::releaseGraphicsResources() {
    if (d->initialized) {
        d->window->Finalize();
        d->initialized = false;
    }
}

void VtkView::initializeGL() {
    // A new context (first show, or reparenting): forget the old one's resources first.
    disconnect(d->contextConnection);
    d->contextConnection = connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] {
        makeCurrent();
        releaseGraphicsResources();
        doneCurrent();
    });

    d->surface = context()->surface();
    d->window->SetOwnContext(0);
    d->window->SetFrameBlitModeToNoBlit();
    d->window->OpenGLInitContext();
    d->window->SetReadyForRendering(true);
    d->initialized = true;
    updateSize();
    d->interactor->Initialize();
}

void VtkView::updateSize() {
    const qreal ratio = devicePixelRatioF();
    const int w = qRound(width() * ratio);
    const int h = qRound(height() * ratio);
    d->window->SetSize(w, h);
    d->window->SetDPI(qRound(72 * ratio));
    d->interactor->UpdateSize(w, h);
}

void VtkView::resizeGL(int, int) {
    updateSize();
}

void VtkView::paintGL() {
    if (!d->initialized) {
        return;
    }
    updateSize();
    vtkOpenGLState* state = d->window->GetState();

    // Qt leaves its own GL state behind; VTK's cache must not believe it knows better.
    state->Reset();
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL);  // Qt's default is GL_LESS, VTK expects GL_LEQUAL
    d->painting = true;
    d->window->Render();
    d->painting = false;
    state->Pop();

    // Qt invalidates its framebuffer before every paint, so blit VTK's picture in every paint.
    const int w = d->window->GetSize()[0];
    const int h = d->window->GetSize()[1];
    state->PushDrawFramebufferBinding();
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    {
        vtkOpenGLState::ScopedglEnableDisable scissor(state, GL_SCISSOR_TEST);
        state->vtkglDisable(GL_SCISSOR_TEST);
        d->window->BlitDisplayFramebuffer(0, 0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT,
                                          GL_NEAREST);
        // Clear alpha to opaque, or a solid background grabs as transparent.
        vtkOpenGLState::ScopedglColorMask colorMask(state);
        vtkOpenGLState::ScopedglClearColor clearColor(state);
        vtkOpenGLState::ScopedglViewport viewport(state);
        state->vtkglViewport(0, 0, w, h);
        state->vtkglColorMask(false, false, false, true);
        state->vtkglClearColor(0.f, 0.f, 0.f, 1.f);
        state->vtkglClear(GL_COLOR_BUFFER_BIT);
    }
    state->PopDrawFramebufferBinding();
    ++d->frames;
}

bool VtkView::event(QEvent* event) {
    switch (event->type()) {
        case QEvent::Enter:
            d->interactor->InvokeEvent(vtkCommand::EnterEvent);
            break;
        case QEvent::Leave:
            d->interactor->InvokeEvent(vtkCommand::LeaveEvent);
            break;
        case QEvent::ParentAboutToChange:
            // The context goes with the old window: free VTK's GL objects while it is alive.
            if (context()) {
                makeCurrent();
                releaseGraphicsResources();
                doneCurrent();
            }
            break;
        default:
            break;
    }
    return QOpenGLWidget::event(event);
}

namespace {

// VTK wants device pixels with y up; Qt gives logical pixels with y down.
void setEventInformation(vtkRenderWindowInteractor* interactor, const QWidget* widget,
                         QPointF position, Qt::KeyboardModifiers modifiers, int repeat = 0) {
    const qreal ratio = widget->devicePixelRatioF();
    interactor->SetEventInformationFlipY(qRound(position.x() * ratio), qRound(position.y() * ratio),
                                         (modifiers & Qt::ControlModifier) ? 1 : 0,
                                         (modifiers & Qt::ShiftModifier) ? 1 : 0, 0, repeat);
    interactor->SetAltKey((modifiers & Qt::AltModifier) ? 1 : 0);
}

}  // namespace

void VtkView::mousePressEvent(QMouseEvent* event) {
    setEventInformation(d->interactor, this, event->position(), event->modifiers());
    const int id = vtkButtonDown(event->button());
    if (id != vtkCommand::NoEvent) {
        d->interactor->InvokeEvent(id, event);
        requestRender();
    }
}

void VtkView::mouseDoubleClickEvent(QMouseEvent* event) {
    setEventInformation(d->interactor, this, event->position(), event->modifiers(), 1);
    const int id = vtkButtonDown(event->button());
    if (id != vtkCommand::NoEvent) {
        d->interactor->InvokeEvent(id, event);
        requestRender();
    }
}

void VtkView::mouseReleaseEvent(QMouseEvent* event) {
    setEventInformation(d->interactor, this, event->position(), event->modifiers());
    const int id = vtkButtonUp(event->button());
    if (id != vtkCommand::NoEvent) {
        d->interactor->InvokeEvent(id, event);
        requestRender();
    }
}

void VtkView::mouseMoveEvent(QMouseEvent* event) {
    setEventInformation(d->interactor, this, event->position(), event->modifiers());
    d->interactor->InvokeEvent(vtkCommand::MouseMoveEvent, event);
    if (event->buttons() != Qt::NoButton) {
        requestRender();
    }
}

void VtkView::wheelEvent(QWheelEvent* event) {
    setEventInformation(d->interactor, this, event->position(), event->modifiers());
    const int delta = event->angleDelta().y();
    if (delta > 0) {
        d->interactor->InvokeEvent(vtkCommand::MouseWheelForwardEvent, event);
    } else if (delta < 0) {
        d->interactor->InvokeEvent(vtkCommand::MouseWheelBackwardEvent, event);
    }
    requestRender();
    event->accept();
}

}  // namespace eqlab::widgets
