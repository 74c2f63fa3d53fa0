pragma Singleton
import QtQuick

// Colours, spacing and type in one place, for an older officer's cheap phone in bright sun.
// Type follows the phone's font size: main.cpp sets the application font from the system's font scale
// (Android: Settings → Display → Font size; a desktop: --font-scale), and every size here derives from it.
// Nothing is smaller than 14 px at the normal scale; body text is 16 px.
// Colours meet WCAG 2.1 AA in every pair the pages use (listed in `contrastPairs`, which a test checks):
// 4.5:1 for text, 3:1 for large text and for the edges of controls. Meaning never rests on colour alone:
// chips and bars also say it in words.
QtObject {
    id: theme

    readonly property real fontScale: {
        const px = Qt.application.font.pixelSize;
        return px > 0 ? Math.max(1, Math.min(2, px / 16)) : 1;
    }
    readonly property int fontSmall: Math.round(14 * fontScale)   // the smallest text anywhere
    readonly property int fontBody: Math.round(16 * fontScale)
    readonly property int fontTitle: Math.round(20 * fontScale)
    readonly property int fontLarge: Math.round(22 * fontScale)   // self-service mode
    readonly property int fontIcon: Math.round(28 * fontScale)

    readonly property int touch: Math.max(48, Math.round(44 * fontScale))   // minimum touch target
    readonly property int gap: 8
    readonly property int margin: 16
    readonly property int radius: 8
    // Two-pane layouts (a list beside the record) from this window width on: a tablet or a desktop.
    readonly property int wide: 840

    readonly property color primary: "#1b5e20"       // green of the study-promotion association's banners
    readonly property color primaryPressed: "#0f3d13"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color text: "#1c1c1c"
    readonly property color muted: "#555555"
    readonly property color hint: "#6b6b6b"          // an empty field's example, in italics: lighter than a value
    readonly property color surface: "#ffffff"
    readonly property color background: "#f5f5f0"
    readonly property color divider: "#d6d6d0"       // decoration only: never the only edge of a control
    readonly property color fieldLine: "#767676"     // the edge of text fields, lists to choose from, outlined buttons
    readonly property color danger: "#b71c1c"
    readonly property color dangerSurface: "#ffebee"
    readonly property color warning: "#8a3c00"
    readonly property color warningSurface: "#fff3e0"
    readonly property color ok: "#1b5e20"
    readonly property color okSurface: "#e8f5e9"
    readonly property color info: "#0d47a1"
    readonly property color infoSurface: "#e3f2fd"
    readonly property color snackbar: "#263238"      // the undo bar
    readonly property color snackbarAction: "#a5d6a7"
    readonly property color disabledText: "#575757"
    readonly property color disabledSurface: "#e4e4e0"

    // This year's stage: text colour and the chip's own background.
    function stageColor(stage: int): color {
        switch (stage) {
        case 1:
            return info;           // registered
        case 2:
            return warning;        // declared, awaiting verification
        case 3:
            return "#00606b";      // verified
        case 4:
            return ok;             // recognised
        case 5:
            return danger;         // not recognised
        default:
            return "#424242";
        }
    }
    function stageSurface(stage: int): color {
        switch (stage) {
        case 1:
            return infoSurface;
        case 2:
            return warningSurface;
        case 3:
            return "#e0f7fa";
        case 4:
            return okSurface;
        case 5:
            return dangerSurface;
        default:
            return "#eeeeee";
        }
    }

    // A record's mark (SyncMarks::Mark): not sent (blue), conflict (orange), refused (red).
    function markColor(mark: int): color {
        return mark === 1 ? info : mark === 2 ? warning : danger;
    }
    function markSurface(mark: int): color {
        return mark === 1 ? infoSurface : mark === 2 ? warningSurface : dangerSurface;
    }

    // Every foreground/background pair the pages use, with the ratio it needs: 4.5 for text, 3 for large text
    // and the edges of controls. tst_app_readability computes each ratio.
    readonly property var contrastPairs: [{
            "what": "a refusal on its bar",
            "fg": danger,
            "bg": dangerSurface,
            "min": 4.5
        }, {
            "what": "an empty field's example",
            "fg": hint,
            "bg": surface,
            "min": 4.5
        }, {
            "what": "an empty field's example on the page",
            "fg": hint,
            "bg": background,
            "min": 4.5
        }, {
            "what": "body text",
            "fg": text,
            "bg": background,
            "min": 4.5
        }, {
            "what": "body text on cards",
            "fg": text,
            "bg": surface,
            "min": 4.5
        }, {
            "what": "secondary text",
            "fg": muted,
            "bg": background,
            "min": 4.5
        }, {
            "what": "secondary text on cards",
            "fg": muted,
            "bg": surface,
            "min": 4.5
        }, {
            "what": "title bar",
            "fg": textOnPrimary,
            "bg": primary,
            "min": 4.5
        }, {
            "what": "main buttons",
            "fg": textOnPrimary,
            "bg": primary,
            "min": 4.5
        }, {
            "what": "main buttons pressed",
            "fg": textOnPrimary,
            "bg": primaryPressed,
            "min": 4.5
        }, {
            "what": "outlined buttons",
            "fg": primary,
            "bg": surface,
            "min": 4.5
        }, {
            "what": "section headers",
            "fg": primary,
            "bg": background,
            "min": 4.5
        }, {
            "what": "disabled buttons",
            "fg": disabledText,
            "bg": disabledSurface,
            "min": 4.5
        }, {
            "what": "destructive buttons",
            "fg": danger,
            "bg": surface,
            "min": 4.5
        }, {
            "what": "destructive buttons, filled",
            "fg": textOnPrimary,
            "bg": danger,
            "min": 4.5
        }, {
            "what": "errors under fields",
            "fg": danger,
            "bg": background,
            "min": 4.5
        }, {
            "what": "error banner",
            "fg": textOnPrimary,
            "bg": danger,
            "min": 4.5
        }, {
            "what": "warnings",
            "fg": warning,
            "bg": warningSurface,
            "min": 4.5
        }, {
            "what": "warnings on the page",
            "fg": warning,
            "bg": background,
            "min": 4.5
        }, {
            "what": "good news",
            "fg": ok,
            "bg": okSurface,
            "min": 4.5
        }, {
            "what": "good news on the page",
            "fg": ok,
            "bg": background,
            "min": 4.5
        }, {
            "what": "sync bar",
            "fg": text,
            "bg": okSurface,
            "min": 4.5
        }, {
            "what": "sync bar, secondary",
            "fg": muted,
            "bg": okSurface,
            "min": 4.5
        }, {
            "what": "sync bar with a warning",
            "fg": text,
            "bg": warningSurface,
            "min": 4.5
        }, {
            "what": "sync bar with a warning, secondary",
            "fg": muted,
            "bg": warningSurface,
            "min": 4.5
        }, {
            "what": "stage: not registered",
            "fg": stageColor(0),
            "bg": stageSurface(0),
            "min": 4.5
        }, {
            "what": "stage: registered",
            "fg": stageColor(1),
            "bg": stageSurface(1),
            "min": 4.5
        }, {
            "what": "stage: awaiting verification",
            "fg": stageColor(2),
            "bg": stageSurface(2),
            "min": 4.5
        }, {
            "what": "stage: verified",
            "fg": stageColor(3),
            "bg": stageSurface(3),
            "min": 4.5
        }, {
            "what": "stage: recognised",
            "fg": stageColor(4),
            "bg": stageSurface(4),
            "min": 4.5
        }, {
            "what": "stage: not recognised",
            "fg": stageColor(5),
            "bg": stageSurface(5),
            "min": 4.5
        }, {
            "what": "sync marker: not sent",
            "fg": info,
            "bg": infoSurface,
            "min": 4.5
        }, {
            "what": "draft mark",
            "fg": warning,
            "bg": warningSurface,
            "min": 4.5
        }, {
            "what": "edge of text fields",
            "fg": fieldLine,
            "bg": surface,
            "min": 3
        }, {
            "what": "edge of text fields on the page",
            "fg": fieldLine,
            "bg": background,
            "min": 3
        }, {
            "what": "edge of outlined buttons",
            "fg": primary,
            "bg": background,
            "min": 3
        }, {
            "what": "edge of destructive buttons",
            "fg": danger,
            "bg": background,
            "min": 3
        }, {
            "what": "focused field line",
            "fg": primary,
            "bg": surface,
            "min": 3
        }, {
            "what": "undo bar",
            "fg": textOnPrimary,
            "bg": snackbar,
            "min": 4.5
        }, {
            "what": "undo button",
            "fg": snackbarAction,
            "bg": snackbar,
            "min": 4.5
        }, {
            "what": "online dot",
            "fg": ok,
            "bg": okSurface,
            "min": 3
        }]
}
