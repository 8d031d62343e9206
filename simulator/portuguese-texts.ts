// Brazilian Portuguese content for the simulated chats: a demo should look like a real Z-API customer.

export const PERSON_NAMES = [
  "Ana Souza", "Bruno Lima", "Carla Mendes", "Diego Alves", "Eduarda Rocha", "Felipe Costa", "Gabriela Nunes",
  "Henrique Dias", "Isabela Martins", "João Pereira", "Larissa Gomes", "Marcos Ribeiro", "Natália Carvalho",
  "Otávio Barbosa", "Paula Fernandes", "Rafael Araújo", "Sabrina Teixeira", "Thiago Moreira", "Vitória Cardoso",
] as const;

export const BUSINESS_NAMES = [
  "Padaria Pão Quente", "Clínica Sorriso", "Auto Peças Silva", "Loja Bella Moda", "Pizzaria Napoli",
  "Imobiliária Horizonte", "Pet Shop Amigo Fiel",
] as const;

export const GROUP_NAMES = [
  "Equipe de Vendas", "Suporte Técnico", "Família Souza", "Condomínio Jardim", "Entregas Zona Sul",
  "Financeiro 2026",
] as const;

export const INCOMING_TEXTS = [
  "Bom dia! Vocês abrem hoje?", "Qual o valor do frete para Campinas?", "Obrigado pelo atendimento 😊",
  "Ainda tem disponível?", "Pode me mandar o boleto de novo, por favor?", "Chego aí em 10 minutos",
  "Meu pedido ainda não chegou", "Vocês aceitam Pix?", "Beleza, combinado!", "Tem horário amanhã às 15h?",
  "Consegue fazer um desconto à vista?", "Oi, tudo bem? Preciso de uma ajuda com meu cadastro",
  "Já fiz o pagamento, segue o comprovante", "Que horas fecha hoje?", "Perfeito, muito obrigada!",
] as const;

export const OUTGOING_TEXTS = [
  "Olá! Seu pedido #{n} foi confirmado ✅", "Seu código de verificação é {n}",
  "Lembrete: sua consulta é amanhã às 14h. Responda SIM para confirmar.",
  "Seu pedido saiu para entrega 🚚", "Recebemos seu pagamento, obrigado!",
  "Olá! Como podemos ajudar hoje?", "Sua fatura de novembro já está disponível.",
  "Promoção de hoje: 20% de desconto em toda a loja!",
] as const;

export const CAPTIONS = ["Olha essa foto", "Segue o comprovante", "Foto do produto", "", "Chegou assim 😕"] as const;

export const DOCUMENTS = [
  { title: "Orçamento.pdf", mimeType: "application/pdf" },
  { title: "Contrato de locação.pdf", mimeType: "application/pdf" },
  { title: "Relatório mensal.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  { title: "Planilha de custos.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
] as const;

export const EMOJIS = ["👍", "❤️", "😂", "🙏", "😮", "🚀"] as const;

/** Fills `{n}` with a number, so repeated templates still read as different messages. */
export function fillTemplate(text: string, n: number): string {
  return text.replace("{n}", String(n));
}
