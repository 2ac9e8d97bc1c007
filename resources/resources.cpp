// Anchor translation unit for the resources library (the .qrc content is generated).
namespace resources {
int linked = 0;
}
