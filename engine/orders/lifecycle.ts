export const orderStatuses = ['draft', 'confirmed', 'picked', 'shipped', 'delivered', 'invoiced', 'paid', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];
