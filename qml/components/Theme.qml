pragma Singleton
import QtQuick

// Colours, spacing and type in one place. Sizes suit a 360 px wide phone held by an older officer.
QtObject {
    readonly property color primary: "#1b5e20"       // green of the study-promotion association's banners
    readonly property color accent: "#f9a825"
    readonly property color danger: "#c62828"
    readonly property color warning: "#ef6c00"
    readonly property color ok: "#2e7d32"
    readonly property color muted: "#616161"
    readonly property color surface: "#ffffff"
    readonly property color background: "#f5f5f0"
    readonly property color divider: "#e0e0e0"

    readonly property int touch: 48                    // minimum touch target
    readonly property int gap: 8
    readonly property int margin: 16
    readonly property int radius: 8

    readonly property int fontSmall: 13
    readonly property int fontBody: 16
    readonly property int fontTitle: 20
    readonly property int fontLarge: 22                // self-service mode

    function stageColor(stage: int): color {
        switch (stage) {
        case 1:
            return "#1565c0";   // registered
        case 2:
            return warning;     // declared, awaiting verification
        case 3:
            return "#00838f";   // verified
        case 4:
            return ok;          // recognised
        case 5:
            return danger;      // not recognised
        default:
            return muted;
        }
    }
}
