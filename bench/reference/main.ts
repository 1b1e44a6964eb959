// The least any sidebar app must do for this view: the SDK handshake, one get of the
// requester, one parallel round of reads, and one paint of each result. No framework.
import ZAFClient from 'zendesk_app_framework_sdk';

interface Answer {
  responseText?: string;
}

function paint(tag: string, text: string, attribute?: [string, string]): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (attribute) element.setAttribute(...attribute);
  document.getElementById('root')?.append(element);
  return element;
}

const client = ZAFClient.init();
if (client) {
  client.on('app.registered', () => {
    void client.get('ticket.requester').then(async (answer) => {
      const requester = answer['ticket.requester'] as { id: number; name: string };
      paint('h1', requester.name);
      const read = (url: string) =>
        client.request({ url, httpCompleteResponse: true }).then((raw) => JSON.parse((raw as Answer).responseText ?? '{}') as Record<string, unknown>);
      const [profile, related] = await Promise.all([
        read(`/api/v2/users/${requester.id}.json?include=identities`),
        read(`/api/v2/users/${requester.id}/related.json`),
      ]);
      const counts = (related['user_related'] ?? {}) as Record<string, number>;
      const item = paint('div', '', ['data-count', 'requested']);
      item.append(Object.assign(document.createElement('dd'), { textContent: String(counts['requested_tickets']) }));
      for (const identity of (profile['identities'] ?? []) as { id: number; value: string }[]) {
        paint('p', identity.value, ['data-identity-id', String(identity.id)]);
      }
    });
  });
}
