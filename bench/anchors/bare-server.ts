// The HTTP anchor: the bare skill behind the same adapters our server uses (express, ask-sdk-express-adapter with
// the same checks turned off, actions-on-google's Dialogflow app behind express.json), answering one sentence.
import express from 'express';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import aogDialogflow, { type DialogflowConversation } from 'actions-on-google/dist/service/dialogflow/index.js';
import { skill } from './bare-skill.js';

const app = express();
app.disable('x-powered-by');
app.post('/alexa', ...new ExpressAdapter(skill, false, false).getRequestHandlers());
const dialogflow = aogDialogflow.dialogflow();
dialogflow.fallback((conv: DialogflowConversation<unknown, unknown>) => conv.close('Your order arrives tomorrow.'));
app.post('/google', express.json({ limit: '256kb', type: () => true }), async (req, res) => {
  const result = await dialogflow.handler(req.body, req.headers as never);
  res.status(result.status).json(result.body);
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on ${(server.address() as { port: number }).port}`);
});
