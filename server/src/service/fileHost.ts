/** What the service needs from the file system; the server and the CLI give it Node's. */
export interface FileHost {
  /** The file's text, or an error message saying why it cannot be read. */
  readText(path: string): { text: string } | { error: string };
  /** Entries of a folder (names only), or undefined when it is not a folder. */
  listDir(path: string): string[] | undefined;
  exists(path: string): boolean;
  /**
   * The path with every symbolic link followed (undefined when it does not exist). Used to keep
   * record files inside the workspace; a host without links may leave it out.
   */
  realPath?(path: string): string | undefined;
}
