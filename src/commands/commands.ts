/* global Office */
// The ribbon's function file. The only button opens the task pane (ShowTaskpane), which needs no code;
// Office still loads this page, and it must call Office.onReady.
if (typeof Office !== "undefined") {
  void Office.onReady();
}
