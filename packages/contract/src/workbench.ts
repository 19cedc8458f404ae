import { z } from 'zod';

export const workbenchItemView = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().optional(),
  due: z.string().optional(),
  /** A case status, an action type, or for deadlines 'overdue' / 'dueSoon'. */
  status: z.string().optional(),
  href: z.string(),
});
export type WorkbenchItem = z.infer<typeof workbenchItemView>;

export const workbenchView = z.object({
  todo: z.array(workbenchItemView),
  deadlines: z.array(workbenchItemView),
  cases: z.array(workbenchItemView),
});
export type Workbench = z.infer<typeof workbenchView>;
