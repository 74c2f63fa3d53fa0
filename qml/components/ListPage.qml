import QtQuick
import QtQuick.Controls
import KhuyenHoc

// A page of records with a MasterDetail: Back asks about a form changed beside the list before leaving.
Page {
    property MasterDetail panes: null
}
