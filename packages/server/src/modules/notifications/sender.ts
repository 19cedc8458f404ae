// Outside delivery (短信, 粤政易) of a notification goes through one interface. The platform ships
// a logging sender: demo and test deployments record what would have been sent; a deployment
// that connects a gateway sets its own sender at start.

export interface OutsideMessage {
  userId: string;
  title: string;
  body: string | null;
  channel: 'sms' | 'govApp';
}

export interface NotificationSender {
  send(message: OutsideMessage): Promise<void>;
}

/** Records each message (the last 200) and hands it to a log line; sends nothing. */
export class LoggingSender implements NotificationSender {
  readonly sent: OutsideMessage[] = [];
  constructor(private readonly log: (line: string) => void = () => undefined) {}
  send(message: OutsideMessage): Promise<void> {
    this.sent.push(message);
    if (this.sent.length > 200) this.sent.shift();
    this.log(`[${message.channel}] → ${message.userId}: ${message.title}`);
    return Promise.resolve();
  }
}

let current: NotificationSender = new LoggingSender();

export function notificationSender(): NotificationSender {
  return current;
}

/** The composition root installs the deployment's sender (a gateway, or a logging one in demo mode). */
export function setNotificationSender(sender: NotificationSender): void {
  current = sender;
}
