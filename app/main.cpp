// eqlab: the program. Everything lives in eqlab_app; main() only hands over.
#include "app/application.h"

int main(int argc, char** argv) {
    return eqlab::app::runApplication(argc, argv);
}
