// The cell moved to components/pick-cell; this keeps payments/payment-fields' import working.
export { PickCell, type PickOption } from '../components/pick-cell'
