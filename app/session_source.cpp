#include "app/session_source.h"

namespace eqlab::app {

namespace {

class ExperimentSessionSource final : public SessionSource {
public:
    ExperimentSessionSource(const io::ExperimentSpec& spec, train::SessionOptions options)
        : session_(spec, options) {}

    bool step() override { return session_.step(); }
    void reset() override { session_.reset(); }
    bool finished() const override { return session_.finished(); }
    void setOrbitSample(int sample) override { session_.setOrbitSample(sample); }
    std::shared_ptr<const train::SessionSnapshot> snapshot() const override {
        return session_.snapshot();
    }
    train::ExperimentSession* experimentSession() override { return &session_; }

private:
    train::ExperimentSession session_;
};

}  // namespace

SessionFactory experimentSessionFactory(io::ExperimentSpec spec, train::SessionOptions options) {
    return [spec = std::move(spec), options]() -> std::unique_ptr<SessionSource> {
        return std::make_unique<ExperimentSessionSource>(spec, options);
    };
}

}  // namespace eqlab::app
