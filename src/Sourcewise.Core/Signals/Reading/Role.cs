namespace Sourcewise.Signals.Reading;

/// <summary>Who a word of a contract names, resolved from the document's parties: the client, the vendor, the
/// vendor's people, a third party, or both parties ("either party").</summary>
[Flags]
internal enum Role : byte
{
    /// <summary>Not a party.</summary>
    None = 0,

    /// <summary>The party that buys the work (or its own managers and staff).</summary>
    Client = 1,

    /// <summary>The party that performs the work.</summary>
    Vendor = 2,

    /// <summary>People who do the work, without a party named as theirs (taken as the vendor's).</summary>
    People = 4,

    /// <summary>Anyone else: a licensor, a third party, an affiliate, another company.</summary>
    Third = 8,

    /// <summary>Both parties ("each party", "the parties").</summary>
    Both = Client | Vendor,
}
