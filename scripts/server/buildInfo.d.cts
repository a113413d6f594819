export const BUILD_INFO_FILE: string;

/** The contents of dist/build-info.json. */
export interface BuildInfo {
  readonly mode: string;
  /** The add-in URL the manifest points at; null for the development server, https://localhost:3000. */
  readonly url: string | null;
  readonly officeJs: string;
  readonly builtAt: string;
}
