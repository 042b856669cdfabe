// Anchors the resource library: the icons and translations are compiled into it by CMake.
namespace tz {
int resourcesLinked()
{
    return 1;
}
} // namespace tz
