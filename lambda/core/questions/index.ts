// Every kind of open question, by kind: the router reads each turn against the one that is open.
import type { OpenQuestion, QuestionKind } from '../dialog/state.js';
import { askQuantity } from './ask-quantity.js';
import { changeWhich } from './change-which.js';
import { chooseItem } from './choose-item.js';
import { confirmCancel } from './confirm-cancel.js';
import { confirmOrder } from './confirm-order.js';
import { offerHandoff, offerReorder } from './offers.js';
import type { QuestionBehaviour } from './question.js';
import { voiceCode } from './voice-code.js';

const QUESTIONS: { [K in QuestionKind]: QuestionBehaviour<Extract<OpenQuestion, { kind: K }>> } = {
  confirmOrder, voiceCode, chooseItem, askQuantity, changeWhich, confirmCancel, offerReorder, offerHandoff,
};

export function behaviourOf<Q extends OpenQuestion>(q: Q): QuestionBehaviour<Q> {
  return QUESTIONS[q.kind] as unknown as QuestionBehaviour<Q>;
}
