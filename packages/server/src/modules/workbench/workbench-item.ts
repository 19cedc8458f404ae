/** One line of a workbench list: what to show and where it leads. */
export interface WorkbenchItem {
  id: string;
  title: string;
  subtitle?: string;
  due?: string;
  status?: string;
  href: string;
}
