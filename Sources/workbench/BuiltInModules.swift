import EcologyModule
import ProjectsModule
import SectorsModule
import WorkbenchSDK

/// The analysis modules that ship with the workbench. They live under `Plugins/`, use only the
/// SDK, and are registered through the same registry as modules loaded from libraries.
enum BuiltInModules {
    static let all: [any WorkbenchModule] = [SectorsModule(), ProjectsModule(), EcologyModule()]
}
