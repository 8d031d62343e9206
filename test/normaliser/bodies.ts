// Small Z-API bodies for the named edge-case tests; each test passes its own instanceId so tests share a
// database without seeing each other's rows.

let counter = 0;
export function newInstanceId(): string {
  counter += 1;
  return `EDGE${process.pid}X${counter}`;
}

export const T0 = 1757390000000;

export function received(instanceId: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "ReceivedCallback", instanceId, phone: "5511900000001", connectedPhone: "5511900000000", fromMe: false, fromApi: false,
    momment: T0, status: "RECEIVED", isGroup: false, isNewsletter: false, chatName: "Contato", senderName: "Contato",
    waitingMessage: false, isEdit: false, ...fields,
  };
}

export function text(instanceId: string, messageId: string, message: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return received(instanceId, { messageId, text: { message }, ...fields });
}

export function status(instanceId: string, statusValue: string, ids: string[], fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: "MessageStatusCallback", instanceId, status: statusValue, ids, momment: T0, phone: "5511900000001", isGroup: false, phoneDevice: 0, ...fields };
}

export function reaction(instanceId: string, target: string, value: string, time: number, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return received(instanceId, {
    messageId: `R${time}`, momment: time,
    reaction: { value, time, reactionBy: "5511900000001", referencedMessage: { messageId: target, fromMe: true, phone: "5511900000001", participant: null } },
    ...fields,
  });
}
