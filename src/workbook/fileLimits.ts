/**
 * Files larger than this are refused before a byte is read, in the CLI and in the pane alike: a plan or a return is
 * a few MB; 200 MB is far past any, and reading more into a browser tab risks the whole tab.
 */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
