#include "widgets/vtk_view.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPainter>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkNew.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>

namespace eqlab::widgets {

struct VtkView::Internals {
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkGenericRenderWindowInteractor> interactor;
    vtkNew<vtkCallbackCommand> windowObserver;
    // The view's own context, made current on an offscreen surface: VTK draws into framebuffer
    // objects of its own, so the surface only has to exist.
    std::unique_ptr<QOffscreenSurface> surface;
    std::unique_ptr<QOpenGLContext> context;
    bool contextFailed = false;  // said once; the view then paints a message instead
    bool initialized = false;    // the render window has adopted the context
    bool painting = false;       // inside renderScene(): VTK's own frame events are ours
    bool stale = true;           // the scene changed since `picture` was read back
    QImage picture;              // the last frame, device pixels, opaque
    qint64 frames = 0;
    // A right click (press and release without moving) asks for the context menu after VTK saw
    // the release; a right drag zooms. Qt on X11 asks on the press, which would leave VTK zooming
    // behind the menu (it never sees the release).
    QPointF rightPress{-1e9, -1e9};
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

VtkView::VtkView(QWidget* parent) : QWidget(parent), d(std::make_unique<Internals>()) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(120, 90);
    setAttribute(Qt::WA_OpaquePaintEvent);  // the picture covers the whole view

    d->window->SetMultiSamples(0);  // VTK's MSAA halves llvmpipe's frame rate
    d->window->SetInteractor(d->interactor);
    d->interactor->SetRenderWindow(d->window);
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    d->interactor->SetInteractorStyle(style);
    d->interactor->EnableRenderOff();  // renders happen in paintEvent(), scheduled by update()

    // VTK asks its host three questions through events on the render window (docs/vtk-in-qt6.md).
    d->windowObserver->SetClientData(this);
    d->windowObserver->SetCallback(
        [](vtkObject*, unsigned long eventId, void* clientData, void* callData) {
            auto* view = static_cast<VtkView*>(clientData);
            Internals& internals = *view->d;
            switch (eventId) {
                case vtkCommand::WindowMakeCurrentEvent:
                    view->makeContextCurrent();
                    break;
                case vtkCommand::WindowIsCurrentEvent:
                    // Without an answer VTK 9.1 assumes "not current" and skips rendering.
                    *static_cast<bool*>(callData) =
                        internals.context &&
                        QOpenGLContext::currentContext() == internals.context.get();
                    break;
                case vtkCommand::WindowFrameEvent:
                    // A render VTK started itself: render again in the next paint, read it back.
                    if (!internals.painting) {
                        view->requestRender();
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
    // VTK's GL objects live in our context: free them while it exists.
    if (d->initialized && makeContextCurrent()) {
        d->window->Finalize();
        d->context->doneCurrent();
    }
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

void VtkView::requestRender() {
    d->stale = true;
    update();
}

bool VtkView::makeContextCurrent() {
    if (!d->context && !d->contextFailed) {
        d->surface = std::make_unique<QOffscreenSurface>();
        d->surface->setFormat(QSurfaceFormat::defaultFormat());
        d->surface->create();
        d->context = std::make_unique<QOpenGLContext>();
        d->context->setFormat(QSurfaceFormat::defaultFormat());
        if (!d->surface->isValid() || !d->context->create()) {
            qWarning("eqlab: no OpenGL 3.2 context for a 3-D view; it will stay empty");
            d->context.reset();
            d->contextFailed = true;
        }
    }
    if (!d->context) {
        return false;
    }
    return QOpenGLContext::currentContext() == d->context.get() ||
           d->context->makeCurrent(d->surface.get());
}

void VtkView::updateSize() {
    const qreal ratio = devicePixelRatioF();
    const int w = std::max(1, qRound(width() * ratio));
    const int h = std::max(1, qRound(height() * ratio));
    d->window->SetSize(w, h);
    d->window->SetDPI(qRound(72 * ratio));
    d->interactor->UpdateSize(w, h);
}

bool VtkView::renderScene() {
    if (!makeContextCurrent()) {
        return false;
    }
    if (!d->initialized) {
        d->window->SetOwnContext(0);
        d->window->SetFrameBlitModeToNoBlit();
        d->window->OpenGLInitContext();
        d->window->SetReadyForRendering(true);
        d->initialized = true;
        updateSize();
        d->interactor->Initialize();
    }
    updateSize();
    vtkOpenGLState* state = d->window->GetState();
    state->Reset();  // another view's context may have run in between
    state->Push();
    d->painting = true;
    d->window->Render();
    d->painting = false;
    state->Pop();

    // Read VTK's finished frame back: BGRA bytes are QImage's ARGB32 on a little-endian machine,
    // the rows come bottom-up, and alpha is set opaque (VTK's background alpha may be 0).
    const int w = d->window->GetSize()[0];
    const int h = d->window->GetSize()[1];
    QImage picture(w, h, QImage::Format_ARGB32);
    state->PushReadFramebufferBinding();
    d->window->GetDisplayFramebuffer()->Bind(GL_READ_FRAMEBUFFER);
    d->window->GetDisplayFramebuffer()->ActivateReadBuffer(0);
    state->vtkglPixelStorei(GL_PACK_ALIGNMENT, 4);
    d->context->functions()->glReadPixels(0, 0, w, h, GL_BGRA, GL_UNSIGNED_BYTE, picture.bits());
    state->PopReadFramebufferBinding();
    d->context->doneCurrent();

    for (int y = 0; y < h; ++y) {
        auto* row = reinterpret_cast<QRgb*>(picture.scanLine(y));
        for (int x = 0; x < w; ++x) {
            row[x] |= 0xff000000u;
        }
    }
    picture.reinterpretAsFormat(QImage::Format_RGB32);
    picture.mirror();
    picture.setDevicePixelRatio(devicePixelRatioF());
    d->picture = std::move(picture);
    d->stale = false;
    ++d->frames;
    return true;
}

QImage VtkView::grabFramebuffer() {
    const QSize deviceSize = size() * devicePixelRatioF();
    if (d->stale || d->picture.size() != deviceSize) {
        renderScene();
    }
    return d->picture;
}

void VtkView::paintEvent(QPaintEvent*) {
    const QImage picture = grabFramebuffer();
    QPainter painter(this);
    if (picture.isNull()) {
        painter.fillRect(rect(), palette().window());
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("This view needs OpenGL 3.2, which is not available."));
        return;
    }
    painter.drawImage(QPoint(0, 0), picture);
}

void VtkView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    requestRender();
}

bool VtkView::event(QEvent* event) {
    switch (event->type()) {
        case QEvent::Enter:
            d->interactor->InvokeEvent(vtkCommand::EnterEvent);
            break;
        case QEvent::Leave:
            d->interactor->InvokeEvent(vtkCommand::LeaveEvent);
            break;
        case QEvent::ScreenChangeInternal:  // another screen may have another pixel ratio
            requestRender();
            break;
        case QEvent::ContextMenu:
            if (static_cast<QContextMenuEvent*>(event)->reason() == QContextMenuEvent::Mouse) {
                return true;  // the press's request: a click's comes on release (mouseRelease)
            }
            break;
        default:
            break;
    }
    return QWidget::event(event);
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
    if (event->button() == Qt::RightButton) {
        d->rightPress = event->position();
    }
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
    if (event->button() == Qt::RightButton &&
        (event->position() - d->rightPress).manhattanLength() < 4 && parentWidget()) {
        // A click: the context menu of whoever holds the view (Qt passes it up until taken).
        QContextMenuEvent request(QContextMenuEvent::Mouse,
                                  mapToParent(event->position().toPoint()),
                                  event->globalPosition().toPoint(), event->modifiers());
        QCoreApplication::sendEvent(parentWidget(), &request);
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
