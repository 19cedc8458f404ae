import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { showSuccess } from '../../app/feedback';
import { reportFormError, useCommandKey } from '../commands';

interface Options<Body, Result> {
  /** Whether the form is open: each opening sends under a new idempotency key. */
  open: boolean;
  form: FormInstance;
  send: (body: Body, commandKey: string) => Promise<Result>;
  /** Shown when the command succeeded. */
  success: string | ((body: Body, result: Result) => string);
  /** The queries whose data the command changed (a query key prefix), or a function that refreshes them. */
  refresh: QueryKey | (() => unknown);
  onClose: () => void;
  /** Error codes that concern one field, e.g. `{ USERNAME_TAKEN: 'username' }`. */
  fields?: Record<string, string>;
  /** Instead of putting the server's problems next to the fields. */
  onError?: (err: unknown) => void;
}

/**
 * The command a form dialog sends: on success a message, the changed lists refreshed and the dialog
 * closed; on failure the problems next to the fields they concern (or a message when none matches).
 */
export function useFormCommand<Body, Result = unknown>({
  open,
  form,
  send,
  success,
  refresh,
  onClose,
  fields,
  onError,
}: Options<Body, Result>) {
  const queryClient = useQueryClient();
  const commandKey = useCommandKey(open);
  return useMutation({
    mutationFn: (body: Body) => send(body, commandKey),
    onSuccess: (result, body) => {
      showSuccess(typeof success === 'string' ? success : success(body, result));
      if (typeof refresh === 'function') void refresh();
      else void queryClient.invalidateQueries({ queryKey: refresh });
      onClose();
    },
    meta: { silent: true },
    onError: onError ?? ((err) => reportFormError(form, err, fields)),
  });
}
